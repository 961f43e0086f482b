package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.protocol.login.LoginRequest;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.KickUser;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
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
 * A venue of two regions from a Regions folder, logged into over HTTP with a start location and over UDP at the
 * endpoint the reply gives: the reply carries the destination region, an unknown region falls back to the default
 * one and says so, and each region is its own place.
 */
class MultiRegionVenueIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private final EventLog events = new EventLog();
    private Venue venue;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        Path regions = Files.createDirectory(dir.resolve("Regions"));
        Files.writeString(regions.resolve("Regions.ini"), """
                [Harbour]
                Location = 1000,1000
                InternalAddress = 127.0.0.1
                InternalPort = 0
                [Hilltop]
                Location = 1002,1003
                InternalAddress = 127.0.0.1
                InternalPort = 0
                ExternalHostName = localhost
                MaxAgents = 1
                """);
        venue = Venue.start(new ConfigLoader()
                .set(Setting.HTTP_PORT, "0")
                .set(Setting.BIND_ADDRESS, "127.0.0.1")
                .set(Setting.DATA_DIR, dir.resolve("data").toString())
                .set(Setting.EVENT_QUEUE_HOLD, "300ms")
                .regions(regions)
                .load(), Clock.system(), Probe.to(Side.SERVER, events, Clock.system()), IdSource.seeded(7));
        venue.accounts().create("Test", "User", "password");
        venue.accounts().create("Other", "User", "password");
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    private Map<?, ?> login(String first, String start) throws Exception {
        LoginRequest request = LoginRequest.client(first, "User", "password", "Rituals", "0.1", "m").withStart(start);
        HttpResponse<byte[]> reply = http.send(HttpRequest.newBuilder(URI.create(venue.loginUri()))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(XmlRpc.writeCall(request.toXmlRpcCall()))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return (Map<?, ?>) ((XmlRpcResponse.Success) XmlRpc.parseResponse(reply.body(),
                XmlLimits.DEFAULT.withMaxBytes(1 << 20))).value();
    }

    private Region region(String name) {
        return venue.regions().stream().filter(r -> r.settings().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aUriStartLandsInTheNamedRegionAtItsSpot() throws Exception {
        Map<?, ?> r = login("Test", "uri:Hilltop&100&120&2");
        Region hilltop = region("Hilltop");
        assertThat(r.get("login")).isEqualTo("true");
        assertThat(r.get("sim_ip")).as("localhost, resolved").isEqualTo("127.0.0.1");
        assertThat(r.get("sim_port")).isEqualTo(hilltop.udpAddress().getPort());
        assertThat(r.get("region_x")).isEqualTo(1002 * 256);
        assertThat(r.get("region_y")).isEqualTo(1003 * 256);
        assertThat(r.get("start_location")).isEqualTo("url");
        assertThat((String) r.get("message")).doesNotContain("not found");
        assertThat(events.await("SERVER.LOGIN.CIRCUIT_PROVISION", WAIT).fact("Region")).isEqualTo("Hilltop");

        int code = (Integer) r.get("circuit_code");
        UUID agent = UUID.fromString((String) r.get("agent_id"));
        UUID session = UUID.fromString((String) r.get("session_id"));
        try (RawClient c = new RawClient(new InetSocketAddress("127.0.0.1", (Integer) r.get("sim_port")))) {
            c.send(UseCircuitCode.of(code, session, agent), true);
            c.send(CompleteAgentMovement.of(agent, session, code), true);
            assertThat(c.await(RegionHandshake.class, WAIT).regionInfo().simName()).isEqualTo("Hilltop");
            AgentMovementComplete amc = c.await(AgentMovementComplete.class, WAIT);
            assertThat(amc.data().regionHandle()).isEqualTo(hilltop.settings().handle());
            assertThat(amc.data().position().x()).isEqualTo(100);
            assertThat(amc.data().position().y()).isEqualTo(120);
            assertThat(amc.data().position().z()).as("never under ground")
                    .isEqualTo(Math.max(2, venue.heightMap().heightAt(100, 120)));
            c.send(RegionHandshakeReply.of(agent, session, 0), true);
            assertThat(hilltop.isPresent(agent)).isTrue();
            assertThat(region("Harbour").isPresent(agent)).isFalse();

            // Hilltop admits one agent: another login there is refused, saying why.
            Map<?, ?> full = login("Other", "uri:Hilltop&128&128&30");
            assertThat(full.get("login")).isEqualTo("false");
            assertThat((String) full.get("message")).contains("Hilltop is full");

            // The same agent logging in to the other region: the older session is kicked in its own region.
            Map<?, ?> again = login("Test", "uri:Harbour&128&128&30");
            assertThat(again.get("sim_port")).isEqualTo(region("Harbour").udpAddress().getPort());
            assertThat(c.await(KickUser.class, WAIT).userInfo().reason()).contains("another location");
        }
    }

    @Test
    void anUnknownRegionFallsBackToTheDefaultAndSaysSo() throws Exception {
        Map<?, ?> r = login("Test", "uri:Atlantis&128&128&30");
        Region harbour = region("Harbour");
        assertThat(r.get("sim_port")).isEqualTo(harbour.udpAddress().getPort());
        assertThat(r.get("region_x")).isEqualTo(1000 * 256);
        assertThat(r.get("start_location")).isEqualTo("safe");
        assertThat((String) r.get("message")).endsWith(
                "The region \"Atlantis\" was not found; you are in Harbour instead.");
        assertThat(events.await("SERVER.LOGIN.CIRCUIT_PROVISION", WAIT).fact("Region")).isEqualTo("Harbour");

        Map<?, ?> home = login("Other", "home");
        assertThat(home.get("sim_port")).isEqualTo(harbour.udpAddress().getPort());
        assertThat(home.get("start_location")).isEqualTo("home");
    }
}
