package rituals.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.testing.Captures;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;
import rituals.protocol.xmlrpc.XmlRpcResponse;
import rituals.server.account.InventorySkeleton;
import rituals.server.caps.AgentCaps;
import rituals.server.caps.CapsRegistry;

/**
 * What node-metaverse does with inventory before it calls itself connected, over loopback HTTP: it finds the Current
 * Outfit folder (type 46) in the login reply's skeleton, and fetches it through FetchInventoryDescendents2.
 */
class InventoryCapIT extends VenueFixture {
    @Test
    void theLoginSkeletonHasTheCurrentOutfitUnderTheRoot() {
        HttpResponse<String> r = venue.post("/", "text/xml", Captures.bytes("login/xmlrpc-request--libomv.xml"));
        Object value = ((XmlRpcResponse.Success) XmlRpc.parseResponse(r.body().getBytes(StandardCharsets.UTF_8),
                XmlLimits.DEFAULT)).value();
        Map<?, ?> reply = (Map<?, ?>) value;
        Object root = ((Map<?, ?>) ((List<?>) reply.get("inventory-root")).get(0)).get("folder_id");
        List<?> skeleton = (List<?>) reply.get("inventory-skeleton");
        assertThat(skeleton).hasSize(18);
        assertThat(skeleton).filteredOn(f -> Integer.valueOf(46).equals(((Map<?, ?>) f).get("type_default")))
                .singleElement().satisfies(f -> {
                    assertThat(((Map<?, ?>) f).get("name")).isEqualTo("Current Outfit");
                    assertThat(((Map<?, ?>) f).get("parent_id")).isEqualTo(root);
                });
    }

    @Test
    void theSeedGrantsTheFetchAndItAnswersForTheCurrentOutfit() {
        AgentCaps agent = venue.caps.open(venue.test.agentId(), "Test User", UUID.randomUUID(),
                CapsRegistry.seedPath(UUID.randomUUID()), "Default Region", 1);
        HttpResponse<String> seed = venue.post(agent.seedPath(), CapsIT.LLSD_XML, "<llsd><array>"
                + "<string>EventQueueGet</string><string>FetchInventoryDescendents2</string></array></llsd>");
        Map<String, Object> granted = CapsIT.map(CapsIT.llsd(seed));
        assertThat(granted).containsKey("FetchInventoryDescendents2");
        String path = URI.create((String) granted.get("FetchInventoryDescendents2")).getPath();

        UUID outfit = InventorySkeleton.of(venue.test.agentId()).folders().get(5).folderId();
        String request = "<llsd><map><key>folders</key><array><map><key>folder_id</key><uuid>" + outfit
                + "</uuid><key>owner_id</key><uuid>" + venue.test.agentId() + "</uuid><key>fetch_folders</key>"
                + "<boolean>1</boolean><key>fetch_items</key><boolean>1</boolean><key>sort_order</key>"
                + "<integer>0</integer></map></array></map></llsd>";
        HttpResponse<String> r = venue.post(path, CapsIT.LLSD_XML, request);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<llsd>"); // node-metaverse looks for this literal text
        Map<String, Object> folder = CapsIT.map(((List<?>) CapsIT.map(CapsIT.llsd(r)).get("folders")).get(0));
        assertThat(folder).containsEntry("folder_id", outfit).containsEntry("categories", List.of())
                .containsEntry("items", List.of());
    }
}
