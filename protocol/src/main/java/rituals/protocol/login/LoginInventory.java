package rituals.protocol.login;

import java.util.List;
import java.util.UUID;

/**
 * The inventory sections of a login reply.
 *
 * <p>OpenSim sends {@code inventory-root} only when the agent has a skeleton. Neither LibreMetaverse nor node-metaverse
 * needs inventory to finish a login; viewers that fetch inventory need at least the root folder in the skeleton.
 *
 * @param root the agent's root folder, or null for none (then {@code inventory-root} is omitted)
 */
public record LoginInventory(UUID root, List<InventoryFolder> skeleton, UUID libraryRoot, UUID libraryOwner,
                             List<InventoryFolder> librarySkeleton) {
    /** OpenSim's fixed library folder and owner ids. */
    public static final UUID OPENSIM_LIBRARY_ROOT = UUID.fromString("00000112-000f-0000-0000-000100bba000");
    public static final UUID OPENSIM_LIBRARY_OWNER = UUID.fromString("11111111-1111-0000-0000-000100bba000");

    public LoginInventory {
        skeleton = List.copyOf(skeleton);
        librarySkeleton = List.copyOf(librarySkeleton);
    }

    /** A root folder "My Inventory" and an empty "OpenSim Library", both at version 1. */
    public static LoginInventory rootOnly(UUID root) {
        UUID nil = new UUID(0, 0);
        return new LoginInventory(root,
                List.of(new InventoryFolder("My Inventory", root, nil, 1, InventoryFolder.ROOT_TYPE)),
                OPENSIM_LIBRARY_ROOT, OPENSIM_LIBRARY_OWNER,
                List.of(new InventoryFolder("OpenSim Library", OPENSIM_LIBRARY_ROOT, nil, 1,
                        InventoryFolder.ROOT_TYPE)));
    }
}
