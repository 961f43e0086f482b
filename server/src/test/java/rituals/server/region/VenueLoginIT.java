package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.KickUser;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.LogoutReply;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.terrain.LayerDataCodec;
import rituals.protocol.testing.Captures;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;
import rituals.protocol.xmlrpc.XmlRpcResponse;
import rituals.server.Venue;
import rituals.server.config.ConfigLoader;
import rituals.server.config.IdSource;
import rituals.server.config.Setting;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Side;

/**
 * The whole venue, driven as a real client would over raw sockets: libomv's own login body over HTTP, then the
 * circuit over UDP from the reply's values, the seed capability, and the way out. Nothing of our client harness.
 */
class VenueLoginIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private final EventLog events = new EventLog();
    private Venue venue;

    @TempDir
    Path data;

    @BeforeEach
    void start() throws IOException {
        venue = Venue.start(ConfigLoader.loopback(data)
                .set(Setting.EVENT_QUEUE_HOLD, "300ms")
                .load(), Clock.system(), Probe.to(Side.SERVER, events, Clock.system()), IdSource.seeded(7));
        venue.accounts().create("Test", "User", "password");
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    /** libomv's captured login_to_simulator body (Test User, password "password"), answered as a struct. */
    private Map<?, ?> login() throws Exception {
        byte[] body = Captures.bytes("login/xmlrpc-request--libomv.xml");
        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create(venue.loginUri()))
                .header("Content-Type", "text/xml").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        XmlRpcResponse parsed = XmlRpc.parseResponse(reply.body(), XmlLimits.DEFAULT.withMaxBytes(1 << 20));
        Map<?, ?> struct = (Map<?, ?>) ((XmlRpcResponse.Success) parsed).value();
        assertThat(struct.get("login")).isEqualTo("true");
        return struct;
    }

    private record Ticket(int code, UUID agent, UUID session, InetSocketAddress sim, URI seed) {
        static Ticket of(Map<?, ?> r) {
            return new Ticket((Integer) r.get("circuit_code"), UUID.fromString((String) r.get("agent_id")),
                    UUID.fromString((String) r.get("session_id")),
                    new InetSocketAddress((String) r.get("sim_ip"), (Integer) r.get("sim_port")),
                    URI.create((String) r.get("seed_capability")));
        }
    }

    private Map<String, Object> postSeed(URI seed) throws Exception {
        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(seed)
                .header("Content-Type", "application/llsd+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LlsdXml.write(List.of("EventQueueGet",
                        "SimulatorFeatures", "FetchInventory2"))))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(reply.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> granted = (Map<String, Object>) LlsdXml.parse(reply.body(), XmlLimits.DEFAULT);
        return granted;
    }

    @Test
    void aWholeLoginOverRawHttpAndUdp() throws Exception {
        Ticket t = Ticket.of(login());
        try (RawClient c = new RawClient(t.sim())) {
            int useSeq = c.send(UseCircuitCode.of(t.code(), t.session(), t.agent()), true);
            assertThat(c.await(PacketAck.class, WAIT).ids()).containsExactly(useSeq);
            assertThat(c.datagrams().get(0).sequence()).as("OpenSim's immediate ack carries sequence 0").isZero();

            c.send(CompleteAgentMovement.of(t.agent(), t.session(), t.code()), true);
            c.await(RegionHandshake.class, WAIT);
            AgentMovementComplete amc = c.await(AgentMovementComplete.class, WAIT);
            assertThat(amc.data().position().z()).isEqualTo(venue.heightMap().heightAt(128, 128));
            assertThat(c.names()).containsSubsequence("RegionHandshake", "AgentMovementComplete");

            c.send(RegionHandshakeReply.of(t.agent(), t.session(), 7), true);
            Set<String> patches = new HashSet<>();
            int decoded = 0;
            while (patches.size() < 256) {
                List<LayerData> blobs = c.await(LayerData.class, decoded + 1, WAIT);
                for (LayerData l : blobs.subList(decoded, blobs.size())) {
                    LayerDataCodec.decode(l.layerData().data().toArray()).patches()
                            .forEach(p -> patches.add(p.x() + "," + p.y()));
                }
                decoded = blobs.size();
            }
            assertThat(patches).as("patches of %s blobs", c.delivered(LayerData.class).size()).hasSize(256);
            int avatarOnly = objects(c.delivered(ObjectUpdate.class));
            assertThat(avatarOnly).as("before the seed: the avatar alone").isEqualTo(1);

            Map<String, Object> granted = postSeed(t.seed());
            assertThat(granted.keySet()).contains("EventQueueGet", "SimulatorFeatures");
            events.await("SERVER.CAPS.SEND.Seed", WAIT);
            long waitForPrims = System.nanoTime() + WAIT.toNanos();
            while (objects(c.delivered(ObjectUpdate.class)) <= 1 && System.nanoTime() < waitForPrims) {
                c.await(ObjectUpdate.class, c.delivered(ObjectUpdate.class).size() + 1, WAIT);
            }
            assertThat(objects(c.delivered(ObjectUpdate.class))).as("the region's prims after the seed").isGreaterThan(1);

            c.send(LogoutRequest.of(t.agent(), t.session()), true);
            c.await(LogoutReply.class, WAIT);
            assertThat(events.await("SERVER.CIRCUIT.CLOSE", WAIT).fact("Reason")).isEqualTo("logout");
            assertThat(venue.region().isPresent(t.agent())).isFalse();
            HttpResponse<Void> afterwards = http.send(HttpRequest.newBuilder(t.seed())
                    .header("Content-Type", "application/llsd+xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(LlsdXml.write(List.of("EventQueueGet")))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(afterwards.statusCode()).as("the agent's caps are gone with it").isEqualTo(404);
        }
    }

    @Test
    void aSecondLoginKicksTheFirstSessionWithKickUser() throws Exception {
        Ticket first = Ticket.of(login());
        try (RawClient c = new RawClient(first.sim())) {
            RegionFixture.ritual(c, new Provision(first.code(), first.agent(), first.session(), UUID.randomUUID(),
                    UUID.randomUUID(), null, null));
            Ticket second = Ticket.of(login());
            assertThat(second.session()).isNotEqualTo(first.session());
            KickUser kick = c.await(KickUser.class, WAIT);
            assertThat(kick.userInfo().reason()).contains("logged in from another location");
            assertThat(events.await("SERVER.CIRCUIT.CLOSE", WAIT).fact("Reason")).isEqualTo("kicked");
            assertThat(postSeed(second.seed())).containsKey("EventQueueGet");
        }
    }

    private static int objects(List<ObjectUpdate> updates) {
        return updates.stream().mapToInt(u -> u.objectData().size()).sum();
    }
}
