package rituals.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.login.InventoryFolder;

class InventorySkeletonTest {
    private static final UUID AGENT = UUID.fromString("f75a7ef5-7cc7-4f8c-9170-93eec65969d7");

    @Test
    void holdsOpenSimsStandardFoldersUnderTheRoot() {
        InventorySkeleton s = InventorySkeleton.of(AGENT);
        // The folders of OpenSim 0.9.2.2's captured login reply (login/xmlrpc-response--opensim-to-node-metaverse),
        // less "Friends" and "All", which its friends module adds inside Calling Cards.
        assertThat(s.folders()).extracting(InventoryFolder::name, InventoryFolder::typeDefault).containsExactly(
                tuple("My Inventory", 8), tuple("Animations", 20), tuple("Body Parts", 13),
                tuple("Calling Cards", 2), tuple("Clothing", 5), tuple("Current Outfit", 46), tuple("Favorites", 23),
                tuple("Gestures", 21), tuple("Landmarks", 3), tuple("Lost And Found", 16), tuple("Notecards", 7),
                tuple("Objects", 6), tuple("Photo Album", 15), tuple("Scripts", 10), tuple("Sounds", 1),
                tuple("Textures", 0), tuple("Trash", 14), tuple("Settings", 56));
        assertThat(s.folders().get(0).parentId()).isEqualTo(new UUID(0, 0));
        assertThat(s.folders().subList(1, s.folders().size())).allSatisfy(f ->
                assertThat(f.parentId()).isEqualTo(s.root()));
        assertThat(s.children(s.root())).hasSize(17);
        assertThat(s.folders()).extracting(InventoryFolder::folderId).doesNotHaveDuplicates();
    }

    @Test
    void theSameAgentAlwaysGetsTheSameFoldersAndAnotherAgentOthers() {
        InventorySkeleton a = InventorySkeleton.of(AGENT);
        assertThat(InventorySkeleton.of(AGENT).folders()).isEqualTo(a.folders());
        assertThat(a.root()).isEqualTo(InventorySkeleton.rootOf(AGENT));
        InventorySkeleton b = InventorySkeleton.of(UUID.randomUUID());
        assertThat(b.folders()).extracting(InventoryFolder::folderId)
                .doesNotContainAnyElementsOf(a.folders().stream().map(InventoryFolder::folderId).toList());
    }

    @Test
    void looksFoldersUp() {
        InventorySkeleton s = InventorySkeleton.of(AGENT);
        InventoryFolder outfit = s.folders().get(5);
        assertThat(s.folder(outfit.folderId())).contains(outfit);
        assertThat(s.folder(UUID.randomUUID())).isEmpty();
        assertThat(s.children(outfit.folderId())).isEmpty();
    }
}
