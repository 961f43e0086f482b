package rituals.server.caps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.login.InventoryFolder;
import rituals.server.account.InventorySkeleton;

/**
 * The FetchInventoryDescendents2 capability: for each requested folder of the agent's own inventory, its sub-folders
 * ("categories") and items, in OpenSim's LLSD shape ({@code folders[]} of {@code agent_id, descendents, folder_id,
 * categories[], items[], owner_id, version}). The venue's folders hold no items, so {@code items} is always empty.
 * Folders the agent does not have are listed under {@code bad_folders} with error "Unknown", as OpenSim does.
 *
 * <p>Pure: the HTTP endpoint parses the body and writes the reply.
 */
public final class InventoryFetch {
    private static final UUID NIL = new UUID(0, 0);

    private InventoryFetch() {
    }

    /** A reply body and what it held, for probes. */
    public record Reply(Map<String, Object> body, int found, int bad) {}

    /**
     * Answers a request body ({@code {folders: [{folder_id, owner_id, fetch_folders, fetch_items, sort_order}]}}).
     * Anything that is not such a map, and entries without a UUID {@code folder_id}, are skipped: a malformed
     * request gets the empty answer {@code {folders: []}}, never an error page.
     */
    public static Reply answer(InventorySkeleton inventory, Object request) {
        List<Object> folders = new ArrayList<>();
        List<Object> bad = new ArrayList<>();
        List<UUID> seen = new ArrayList<>();
        for (Object o : requested(request)) {
            if (!(o instanceof Map) || !(((Map<?, ?>) o).get("folder_id") instanceof UUID id) || seen.contains(id)) {
                continue; // OpenSim skips entries it cannot read, and answers a folder once
            }
            seen.add(id);
            Map<?, ?> entry = (Map<?, ?>) o;
            if (inventory.folder(id).isPresent()) {
                folders.add(folder(inventory, id, !Boolean.FALSE.equals(entry.get("fetch_folders"))));
            } else if (id.equals(NIL)) {
                folders.add(contents(inventory.owner(), NIL, 0, List.of())); // Firestorm asks for it; OpenSim answers
            } else {
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("folder_id", id);
                b.put("error", "Unknown");
                bad.add(b);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("folders", folders);
        if (!bad.isEmpty()) {
            body.put("bad_folders", bad);
        }
        return new Reply(body, folders.size(), bad.size());
    }

    private static List<?> requested(Object request) {
        if (request instanceof Map && ((Map<?, ?>) request).get("folders") instanceof List<?> list) {
            return list;
        }
        return List.of();
    }

    private static Map<String, Object> folder(InventorySkeleton inventory, UUID id, boolean withFolders) {
        List<Object> categories = new ArrayList<>();
        List<InventoryFolder> children = inventory.children(id);
        if (withFolders) {
            for (InventoryFolder f : children) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("folder_id", f.folderId());
                c.put("parent_id", f.parentId());
                c.put("name", f.name());
                c.put("type", f.typeDefault());
                c.put("preferred_type", -1);
                c.put("version", f.version());
                categories.add(c);
            }
        }
        return contents(inventory.owner(), id, children.size(), categories);
    }

    private static Map<String, Object> contents(UUID owner, UUID id, int descendents, List<Object> categories) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agent_id", owner);
        m.put("descendents", descendents);
        m.put("folder_id", id);
        m.put("categories", categories);
        m.put("items", List.of());
        m.put("owner_id", owner);
        m.put("version", id.equals(NIL) ? 0 : InventorySkeleton.VERSION);
        return m;
    }
}
