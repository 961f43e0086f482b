package rituals.client.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rituals.client.ClientRuntime;
import rituals.client.Credentials;
import rituals.client.Ending;
import rituals.client.Phase;
import rituals.client.SuitorSettings;
import rituals.client.login.LoginFormat;
import rituals.client.testing.FakeLogin;
import rituals.client.testing.FakeSim;
import rituals.client.world.HeightMap;
import rituals.protocol.message.AgentThrottle;
import rituals.protocol.message.AgentUpdate;
import rituals.protocol.message.CloseCircuit;
import rituals.protocol.message.CompletePingCheck;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Recorder;
import rituals.trace.Side;
import rituals.trace.TraceEvent;

/**
 * Every scenario against a fake grid on loopback (a tiny login/caps server and a sim built from OpenSim's own
 * datagrams), with the timings shortened: each test checks the verdict and what the suitor actually sent.
 */
class FakeGridScenariosIT {
    static final SuitorSettings FAST = SuitorSettings.LIBREMETAVERSE.withSimulatorTimeoutMillis(3000)
            .withLogoutTimeoutMillis(2000);

    FakeSim sim;
    FakeLogin login;
    ClientRuntime runtime;
    Recorder recorder;

    @BeforeEach
    void start() throws Exception {
        sim = new FakeSim();
        login = new FakeLogin(sim.port(), FakeSim.CIRCUIT);
        runtime = ClientRuntime.start(Clock.system());
        recorder = new Recorder(Clock.system());
    }

    @AfterEach
    void stop() {
        runtime.close();
        login.close();
        sim.close();
    }

    ScenarioResult play(String name, ScenarioTiming timing, LoginFormat format) throws Exception {
        Credentials who = new Credentials(login.loginUri(), FakeLogin.FIRST, FakeLogin.LAST, FakeLogin.PASSWORD, format);
        SuitorSettings settings = new SuitorSettings(FAST.circuit(), 500, 3000, 2000, 10_000, 10_000, 100, 100, 256);
        return ScenarioRunner.run(runtime, Scenarios.create(name, timing), who, settings,
                recorder.probe(Side.CLIENT)).get(30, TimeUnit.SECONDS);
    }

    static ScenarioTiming timing(long lingerMillis, long patienceMillis) {
        return new ScenarioTiming(Duration.ofMillis(lingerMillis), Duration.ofMillis(patienceMillis),
                Duration.ofSeconds(10));
    }

    List<TraceEvent> client(Channel channel, String event) {
        return recorder.timeline().stream().filter(e -> e.channel() == channel && e.event().equals(event)).toList();
    }

    @Test
    void naturalistArrivesDecodesTheWholeTerrainAndLogsOutGracefully() throws Exception {
        ScenarioResult r = play("naturalist", timing(1200, 0), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.LOGGED_OUT);
        assertThat(r.report().phases().keySet()).contains(Phase.LOGIN_REPLY, Phase.CIRCUIT_ACKED,
                Phase.REGION_HANDSHAKE, Phase.AGENT_MOVEMENT_COMPLETE, Phase.FIRST_LAYER_DATA, Phase.TERRAIN_COMPLETE,
                Phase.FIRST_OBJECT_UPDATE, Phase.SEED_CAPABILITY, Phase.FIRST_EVENT_QUEUE_REPLY, Phase.END);
        assertThat(login.contentTypes).containsExactly("text/xml");
        // what LibreMetaverse sends, in its order
        assertThat(sim.sent(UseCircuitCode.class)).hasSize(1);
        assertThat(sim.sent(RegionHandshakeReply.class)).singleElement()
                .satisfies(reply -> assertThat(reply.regionInfo().flags()).isEqualTo(0x07));
        assertThat(sim.sent(AgentThrottle.class)).isNotEmpty();
        assertThat(sim.sent(AgentUpdate.class)).hasSizeGreaterThanOrEqualTo(2); // 1.2 s at one per 500 ms
        assertThat(sim.sent(CompletePingCheck.class)).isNotEmpty();
        assertThat(sim.sent(LogoutRequest.class)).hasSize(1);
        assertThat(sim.sent(CloseCircuit.class)).hasSize(1);
        assertThat(sim.received.get(sim.received.size() - 1).message()).isInstanceOf(CloseCircuit.class);
        // the avatar's ObjectUpdate
        assertThat(r.report().objects()).singleElement().satisfies(o -> assertThat(o.isAvatar()).isTrue());
        // the event queue: first reply with an event, then held keep-alives, never a tight loop
        assertThat(r.report().events()).containsExactly("FakeEvent");
        assertThat(login.eventQueuePolls.get()).isBetween(2, 20);

        assertTerrainMatches(r.report().terrain(), sim.heights());
    }

    /** Every one of the 256 patches, within the quantisation error of OpenSim's encoder. */
    static void assertTerrainMatches(HeightMap got, float[] sent) {
        assertThat(got.complete()).isTrue();
        assertThat(got.patchesReceived()).isEqualTo(256);
        double worst = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                worst = Math.max(worst, Math.abs(got.height(x, y) - sent[y * 256 + x]));
            }
        }
        assertThat(worst).isLessThan(0.25);
    }

    @Test
    void theLlsdLoginWorksToo() throws Exception {
        ScenarioResult r = play("naturalist", timing(200, 0), LoginFormat.LLSD);
        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(login.contentTypes).containsExactly("application/llsd+xml");
    }

    @Test
    void wallflowerFallsWhollySilentAndIsLetGo() throws Exception {
        sim.silenceMillis = 1000;
        ScenarioResult r = play("wallflower", timing(0, 8000), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.DISABLE_SIMULATOR);
        assertThat(sim.disabled).isTrue();
        assertThat(client(Channel.BEHAVIOR, "WALLFLOWER")).extracting(e -> e.fact("Note"))
                .containsExactly("Disabling Agent Updates (Heartbeat)", "Waiting for server timeout...");
        assertThat(client(Channel.BEHAVIOR, "EXPECT")).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("MET"));
        assertThat(client(Channel.UDP, "DISCONNECTED")).singleElement()
                .satisfies(e -> assertThat(e.fact("Reason")).isEqualTo("DisableSimulator"));
    }

    @Test
    void aSilentWallflowerSendsNothingAfterItsNotes() throws Exception {
        sim.silenceMillis = 1000;
        play("wallflower", timing(0, 8000), LoginFormat.XMLRPC);
        long waitingSeq = client(Channel.BEHAVIOR, "WALLFLOWER").get(1).seq();
        assertThat(recorder.timeline()).filteredOn(e -> e.seq() > waitingSeq && e.channel() == Channel.UDP
                && (e.event().equals("SEND") || e.event().equals("RESEND"))).isEmpty();
    }

    @Test
    void shyWallflowerIsToleratedBecauseItStillAcksAndAnswersPings() throws Exception {
        sim.silenceMillis = 1000;
        ScenarioResult r = play("shy-wallflower", timing(0, 2500), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(sim.disabled).isFalse();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.LOGGED_OUT);
        assertThat(sim.sent(PacketAck.class)).isNotEmpty();
    }

    @Test
    void aWallflowerThatIsNeverLetGoIsAnUnmetExpectation() throws Exception {
        ScenarioResult r = play("wallflower", timing(0, 1500), LoginFormat.XMLRPC); // the fake keeps pinging
        assertThat(r.met()).isFalse();
        assertThat(r.verdict().observed()).contains("still held");
    }

    @Test
    void impostorIsAckedAndThenIgnored() throws Exception {
        ScenarioResult r = play("impostor", timing(0, 1000), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(sim.sent(UseCircuitCode.class)).singleElement()
                .satisfies(u -> assertThat(u.circuitCode().code()).isNotEqualTo(FakeSim.CIRCUIT));
        assertThat(r.report().reached(Phase.CIRCUIT_ACKED)).isTrue();
        assertThat(r.report().reached(Phase.REGION_HANDSHAKE)).isFalse();
    }

    @Test
    void jiltedIsRefusedWithReasonKey() throws Exception {
        ScenarioResult r = play("jilted", ScenarioTiming.defaults(), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().login().reason()).isEqualTo("key");
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.LOGIN_FAILED);
        assertThat(client(Channel.LOGIN, "FAILED")).singleElement()
                .satisfies(e -> assertThat(e.fact("Reason")).isEqualTo("key"));
    }

    @Test
    void ghostLogsInAndNeverOpensItsCircuit() throws Exception {
        ScenarioResult r = play("ghost", timing(0, 300), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(sim.received).isEmpty();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.LEFT);
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
