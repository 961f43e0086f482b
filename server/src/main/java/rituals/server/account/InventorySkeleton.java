package rituals.server.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rituals.protocol.login.InventoryFolder;

/**
 * An agent's inventory folders: the root "My Inventory" and the standard system folders OpenSim creates for a new
 * account (as in its login reply's {@code inventory-skeleton}), all empty. The venue stores no inventory, so the
 * folders are derived from the agent id: the same agent always gets the same folder ids, in the login reply and in
 * every inventory fetch.
 *
 * <p>Clients need more than a root: node-metaverse looks up the Current Outfit folder (type 46) in the skeleton and
 * fetches it before it finishes connecting; viewers file wearables, landmarks and trash by these types.
 */
public final class InventorySkeleton {
    /** Asset type of the Current Outfit folder, which clients read their worn items from. */
    public static final int CURRENT_OUTFIT = 46;
    /** The version every folder has: nothing ever changes in them. */
    public static final int VERSION = 1;
    private static final UUID NIL = new UUID(0, 0);

    /** OpenSim's standard folders under the root, by name and asset type, in its order. */
    private static final List<Standard> STANDARD = List.of(new Standard("Animations", 20),
            new Standard("Body Parts", 13), new Standard("Calling Cards", 2), new Standard("Clothing", 5),
            new Standard("Current Outfit", CURRENT_OUTFIT), new Standard("Favorites", 23),
            new Standard("Gestures", 21), new Standard("Landmarks", 3), new Standard("Lost And Found", 16),
            new Standard("Notecards", 7), new Standard("Objects", 6), new Standard("Photo Album", 15),
            new Standard("Scripts", 10), new Standard("Sounds", 1), new Standard("Textures", 0),
            new Standard("Trash", 14), new Standard("Settings", 56));

    private record Standard(String name, int type) {}

    private final UUID owner;
    private final List<InventoryFolder> folders;

    private InventorySkeleton(UUID owner, List<InventoryFolder> folders) {
        this.owner = owner;
        this.folders = List.copyOf(folders);
    }

    /** The folders of an agent: the root first, then the standard folders. */
    public static InventorySkeleton of(UUID agentId) {
        UUID root = rootOf(agentId);
        List<InventoryFolder> folders = new ArrayList<>(STANDARD.size() + 1);
        folders.add(new InventoryFolder("My Inventory", root, NIL, VERSION, InventoryFolder.ROOT_TYPE));
        for (Standard s : STANDARD) {
            folders.add(new InventoryFolder(s.name(), uuid("rituals-inventory:" + agentId + ":folder:" + s.type()), root,
                    VERSION, s.type()));
        }
        return new InventorySkeleton(agentId, folders);
    }

    /** The root folder id of an agent's inventory. */
    public static UUID rootOf(UUID agentId) {
        return uuid("rituals-inventory-root:" + agentId); // the root's id from before the standard folders
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    public UUID owner() {
        return owner;
    }

    public UUID root() {
        return folders.get(0).folderId();
    }

    /** Every folder, the root first. */
    public List<InventoryFolder> folders() {
        return folders;
    }

    public Optional<InventoryFolder> folder(UUID folderId) {
        return folders.stream().filter(f -> f.folderId().equals(folderId)).findFirst();
    }

    /** The folders directly inside {@code folderId} (none for an unknown id). */
    public List<InventoryFolder> children(UUID folderId) {
        return folders.stream().filter(f -> f.parentId().equals(folderId)).toList();
    }
}
