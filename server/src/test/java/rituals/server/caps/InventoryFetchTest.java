package rituals.server.caps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.login.InventoryFolder;
import rituals.server.account.InventorySkeleton;

class InventoryFetchTest {
    private static final UUID AGENT = UUID.fromString("f75a7ef5-7cc7-4f8c-9170-93eec65969d7");
    private final InventorySkeleton inventory = InventorySkeleton.of(AGENT);

    /** node-metaverse's request for one folder (InventoryFolder.populateInternal). */
    private static Map<String, Object> request(UUID... folders) {
        return Map.of("folders", List.of(folders).stream().map(f -> (Object) Map.of("folder_id", f, "owner_id", AGENT,
                "fetch_folders", true, "fetch_items", true, "sort_order", 0)).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @Test
    void theCurrentOutfitIsAnEmptyFolderOfTheAgent() {
        UUID outfit = inventory.folders().stream().filter(f -> f.typeDefault() == InventorySkeleton.CURRENT_OUTFIT)
                .findFirst().orElseThrow().folderId();
        InventoryFetch.Reply r = InventoryFetch.answer(inventory, request(outfit));
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.body()).doesNotContainKey("bad_folders");
        Map<String, Object> folder = list(r.body().get("folders")).get(0);
        assertThat(folder).containsEntry("agent_id", AGENT).containsEntry("owner_id", AGENT)
                .containsEntry("folder_id", outfit).containsEntry("descendents", 0)
                .containsEntry("categories", List.of()).containsEntry("items", List.of())
                .containsEntry("version", InventorySkeleton.VERSION);
    }

    @Test
    void theRootListsTheStandardFoldersInOpenSimsShape() {
        InventoryFetch.Reply r = InventoryFetch.answer(inventory, request(inventory.root()));
        Map<String, Object> root = list(r.body().get("folders")).get(0);
        assertThat(root).containsEntry("descendents", 17);
        List<Map<String, Object>> categories = list(root.get("categories"));
        assertThat(categories).hasSize(17);
        InventoryFolder outfit = inventory.folders().get(5);
        // OpenSim's keys, in its order (FetchInvDescHandler).
        assertThat(categories.get(4).keySet()).containsExactly("folder_id", "parent_id", "name", "type",
                "preferred_type", "version");
        assertThat(categories.get(4)).isEqualTo(Map.of("folder_id", outfit.folderId(), "parent_id", inventory.root(),
                "name", "Current Outfit", "type", 46, "preferred_type", -1, "version", 1));
    }

    @Test
    void unknownFoldersAreBadFoldersAndTheNilFolderIsAnsweredEmpty() {
        UUID stranger = UUID.randomUUID();
        InventoryFetch.Reply r = InventoryFetch.answer(inventory, request(stranger, new UUID(0, 0), stranger));
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.bad()).isEqualTo(1);
        assertThat(list(r.body().get("bad_folders"))).containsExactly(Map.of("folder_id", stranger,
                "error", "Unknown"));
        assertThat(list(r.body().get("folders")).get(0)).containsEntry("version", 0).containsEntry("descendents", 0);
    }

    @Test
    void aMalformedRequestGetsTheEmptyAnswer() {
        for (Object body : new Object[] {"nonsense", Map.of(), Map.of("folders", "x"),
            Map.of("folders", List.of(Map.of("folder_id", "not a uuid"), 7))}) {
            InventoryFetch.Reply r = InventoryFetch.answer(inventory, body);
            assertThat(r.body()).as("%s", body).isEqualTo(Map.of("folders", List.of()));
        }
    }
}
