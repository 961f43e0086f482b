package rituals.protocol.login;

import java.util.UUID;

/**
 * One folder of {@code inventory-skeleton} or {@code inventory-skel-lib}.
 *
 * @param typeDefault the folder's asset type (8 = root, 20 = animations, -1 = none…)
 * @param version bumped by the server on every change; viewers cache by it
 */
public record InventoryFolder(String name, UUID folderId, UUID parentId, int version, int typeDefault) {
    /** Asset type of a root folder ("My Inventory", "OpenSim Library"). */
    public static final int ROOT_TYPE = 8;
}
