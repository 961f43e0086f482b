package rituals.client.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import rituals.client.Ending;
import rituals.client.Phase;
import rituals.client.login.LoginFormat;
import rituals.client.login.StartLocation;
import rituals.client.testing.FakeLogin;
import rituals.client.testing.FakeSim;
import rituals.protocol.message.AgentThrottle;
import rituals.protocol.message.AgentUpdate;
import rituals.protocol.message.CloseCircuit;
import rituals.protocol.message.CompletePingCheck;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import org.junit.jupiter.api.Test;

/**
 * The scenario contract against a fake grid on loopback (a tiny login/caps server and a sim built from OpenSim's own
 * datagrams), plus what only the fake can see: exactly what the suitor put on the wire.
 */
class FakeGridScenariosIT extends ScenarioContract {
    FakeSim sim;
    FakeLogin login;

    @Override
    void startServer() throws Exception {
        sim = new FakeSim();
        sim.silenceMillis = serverSilenceMillis();
        login = new FakeLogin(sim.port(), FakeSim.CIRCUIT);
    }

    @Override
    void stopServer() {
        login.close();
        sim.close();
    }

    @Override
    URI loginUri() {
        return login.loginUri();
    }

    @Override
    String first() {
        return FakeLogin.FIRST;
    }

    @Override
    String last() {
        return FakeLogin.LAST;
    }

    @Override
    String password() {
        return FakeLogin.PASSWORD;
    }

    @Override
    long serverSilenceMillis() {
        return 1000;
    }

    @Override
    float[] serverHeights() {
        return sim.heights();
    }

    @Test
    void theNaturalistSendsWhatLibreMetaverseSendsInItsOrder() throws Exception {
        ScenarioResult r = play("naturalist", timing(1200, 0), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(login.contentTypes).containsExactly("text/xml");
        assertThat(sim.sent(UseCircuitCode.class)).hasSize(1);
        assertThat(sim.sent(RegionHandshakeReply.class)).singleElement()
                .satisfies(reply -> assertThat(reply.regionInfo().flags()).isEqualTo(0x07));
        // LibreMetaverse's default rates after its clamps, as libomv's AgentThrottle capture carries them
        assertThat(sim.sent(AgentThrottle.class)).singleElement()
                .satisfies(t -> assertThat(t.throttle().bitsPerSecond())
                        .containsExactly(150_000, 170_000, 34_000, 34_000, 360_448, 360_448, 220_000));
        assertThat(sim.sent(AgentUpdate.class)).hasSizeGreaterThanOrEqualTo(2); // 1.2 s at one per 500 ms
        assertThat(sim.sent(CompletePingCheck.class)).isNotEmpty();
        assertThat(sim.sent(LogoutRequest.class)).hasSize(1);
        assertThat(sim.awaitSent(CloseCircuit.class, 5000)).isTrue();
        assertThat(sim.received.get(sim.received.size() - 1).message()).isInstanceOf(CloseCircuit.class);
        assertThat(r.report().objects()).singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("Test User"));
        // the event queue: first reply with an event, then held keep-alives, never a tight loop
        assertThat(r.report().events()).containsExactly("FakeEvent");
        assertThat(login.eventQueuePolls.get()).isBetween(2, 20);
    }

    @Test
    void quickEventQueueErrorsAreBackedOffNotHammered() throws Exception {
        login.holdMillis = 0;
        login.eventQueueStatus = 500;
        ScenarioResult r = play("naturalist", timing(1500, 0), LoginFormat.XMLRPC);
        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        // a tight loop would poll hundreds of times in 1.5 s; backing off 1 s then 2 s allows at most a handful
        assertThat(login.eventQueuePolls.get()).isBetween(2, 4);
    }

    @Test
    void theLoginAsksForTheStartTheSettingsGive() throws Exception {
        play("naturalist", timing(0, 0), LoginFormat.XMLRPC);
        play("naturalist", timing(0, 0), LoginFormat.LLSD,
                FAST.withStart(new StartLocation("uri:Default Region&128&128&25")));
        assertThat(login.starts).containsExactly("last", "uri:Default Region&128&128&25");
    }

    @Test
    void theLlsdLoginIsPostedAsLlsd() throws Exception {
        play("naturalist", timing(0, 0), LoginFormat.LLSD);
        assertThat(login.contentTypes).containsExactly("application/llsd+xml");
    }

    @Test
    void theWallflowerIsDroppedByTheSimsDisableSimulator() throws Exception {
        ScenarioResult r = play("wallflower", timing(0, 6000), LoginFormat.XMLRPC);
        assertThat(sim.disabled).isTrue();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.DISABLE_SIMULATOR);
        assertThat(client(rituals.trace.Channel.UDP, rituals.trace.Verb.DISCONNECTED)).singleElement()
                .satisfies(e -> assertThat(e.fact("Reason")).isEqualTo("DisableSimulator"));
    }

    @Test
    void theShyWallflowerKeepsAcking() throws Exception {
        play("shy-wallflower", timing(0, 2500), LoginFormat.XMLRPC);
        assertThat(sim.disabled).isFalse();
        assertThat(sim.sent(PacketAck.class)).isNotEmpty();
        assertThat(sim.sent(AgentUpdate.class)).hasSizeLessThanOrEqualTo(1); // only the arrival's reliable one
    }

    @Test
    void aWallflowerThatIsNeverLetGoIsAnUnmetExpectation() throws Exception {
        sim.silenceMillis = Long.MAX_VALUE; // the fake keeps pinging and never lets go
        ScenarioResult r = play("wallflower", timing(0, 1500), LoginFormat.XMLRPC);
        assertThat(r.met()).isFalse();
        assertThat(r.verdict().observed()).contains("still held");
    }

    @Test
    void theImpostorPresentsAForgedCode() throws Exception {
        play("impostor", timing(0, 500), LoginFormat.XMLRPC);
        assertThat(sim.sent(UseCircuitCode.class)).singleElement()
                .satisfies(u -> assertThat(u.circuitCode().code()).isNotEqualTo(FakeSim.CIRCUIT));
    }

    @Test
    void theGhostNeverSendsADatagram() throws Exception {
        play("ghost", timing(0, 300), LoginFormat.XMLRPC);
        assertThat(sim.received).isEmpty();
    }

    @Test
    void extendedLandFillsTheHeightMapAsLandDoes() throws Exception {
        sim.extendedLand = true; // what a sim sends for a region larger than 256 m
        ScenarioResult r = play("naturalist", timing(1200, 0), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().phases()).containsKey(Phase.TERRAIN_COMPLETE);
        assertTerrainMatches(r.report().terrain(), sim.heights());
    }

    @Test
    void aKickIsReportedWithItsReason() throws Exception {
        sim.kickReason = "You have been logged out by a god";
        ScenarioResult r = play("naturalist", timing(2000, 0), LoginFormat.XMLRPC);

        assertThat(r.met()).isFalse();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.KICK_USER);
        assertThat(r.report().ending().detail()).isEqualTo("You have been logged out by a god");
        assertThat(r.verdict().observed()).contains("KickUser", "logged out by a god");
    }
}
