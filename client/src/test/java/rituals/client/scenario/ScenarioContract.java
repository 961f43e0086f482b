package rituals.client.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
import rituals.client.login.StartLocation;
import rituals.client.world.HeightMap;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Recorder;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/**
 * What every scenario must show against any server that behaves like OpenSim, with the timings shortened. A subclass
 * starts a server on loopback (ports 0, a silence timeout of {@link #serverSilenceMillis()}, one account) and says
 * where it is; {@link FakeGridScenariosIT} runs it against the fake grid, and the venue's IT against our server.
 */
abstract class ScenarioContract {
    /** The suitor's timings for tests: shortened timeouts, LibreMetaverse's cadences. */
    static final SuitorSettings FAST = new SuitorSettings(SuitorSettings.LIBREMETAVERSE.circuit(), 500, 3000, 2000,
            10_000, 10_000, 100, 100, 256, StartLocation.LAST);

    ClientRuntime runtime;
    Recorder recorder;

    /** Starts the server under test; its silence timeout must be {@link #serverSilenceMillis()}. */
    abstract void startServer() throws Exception;

    abstract void stopServer();

    abstract URI loginUri();

    abstract String first();

    abstract String last();

    abstract String password();

    /** How long the server lets a circuit stay silent before DisableSimulator. */
    abstract long serverSilenceMillis();

    /** The server's land, {@code [y*256 + x]} metres. */
    abstract float[] serverHeights();

    @BeforeEach
    void start() throws Exception {
        startServer();
        runtime = ClientRuntime.start(Clock.system());
        recorder = new Recorder(Clock.system());
    }

    @AfterEach
    void stop() {
        runtime.close();
        stopServer();
    }

    ScenarioResult play(String name, ScenarioTiming timing, LoginFormat format) throws Exception {
        return play(name, timing, format, FAST);
    }

    ScenarioResult play(String name, ScenarioTiming timing, LoginFormat format, SuitorSettings settings)
            throws Exception {
        Credentials who = new Credentials(loginUri(), first(), last(), password(), format);
        return ScenarioRunner.run(runtime, Scenarios.create(name, timing), who, settings, recorder.probe(Side.CLIENT))
                .get(60, TimeUnit.SECONDS);
    }

    static ScenarioTiming timing(long lingerMillis, long patienceMillis) {
        return new ScenarioTiming(Duration.ofMillis(lingerMillis), Duration.ofMillis(patienceMillis),
                Duration.ofSeconds(10));
    }

    List<TraceEvent> client(Channel channel, Verb verb) {
        return recorder.timeline().stream().filter(e -> e.side() == Side.CLIENT && e.channel() == channel
                && e.verb() == verb).toList();
    }

    @Test
    void naturalistArrivesTakesInTheWholeTerrainAndLogsOutGracefully() throws Exception {
        ScenarioResult r = play("naturalist", timing(1200, 0), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.LOGGED_OUT);
        assertThat(r.report().phases().keySet()).contains(Phase.LOGIN_REPLY, Phase.CIRCUIT_ACKED,
                Phase.REGION_HANDSHAKE, Phase.AGENT_MOVEMENT_COMPLETE, Phase.FIRST_LAYER_DATA, Phase.TERRAIN_COMPLETE,
                Phase.FIRST_OBJECT_UPDATE, Phase.SEED_CAPABILITY, Phase.FIRST_EVENT_QUEUE_REPLY, Phase.END);
        assertThat(r.report().objects()).anySatisfy(o -> assertThat(o.isAvatar()).isTrue());
        assertTerrainMatches(r.report().terrain(), serverHeights());
    }

    /** Every one of the 256 patches, within the quantisation error of OpenSim's encoder. */
    static void assertTerrainMatches(HeightMap got, float[] sent) {
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
    }

    @Test
    void wallflowerFallsWhollySilentAndIsLetGo() throws Exception {
        ScenarioResult r = play("wallflower", timing(0, serverSilenceMillis() + 5000), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().ending().reason()).isIn(Ending.Reason.DISABLE_SIMULATOR, Ending.Reason.SILENCE);
        List<TraceEvent> notes = client(Channel.BEHAVIOR, Verb.NOTE);
        assertThat(notes).extracting(TraceEvent::subject).containsOnly("WALLFLOWER");
        assertThat(notes).extracting(e -> e.fact("Note"))
                .containsExactly("Disabling Agent Updates (Heartbeat)", "Waiting for server timeout...");
        // after its second note the wallflower sends nothing at all: no AgentUpdate, no acks, no ping answers
        long waiting = notes.get(1).seq();
        assertThat(recorder.timeline()).filteredOn(e -> e.seq() > waiting && e.side() == Side.CLIENT
                && e.channel() == Channel.UDP && (e.verb() == Verb.SEND || e.verb() == Verb.RESEND)).isEmpty();
        assertThat(client(Channel.BEHAVIOR, Verb.EXPECT)).singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo("MET"));
    }

    @Test
    void shyWallflowerIsToleratedBecauseItStillAcksAndAnswersPings() throws Exception {
        ScenarioResult r = play("shy-wallflower", timing(0, serverSilenceMillis() * 2 + 500), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.LOGGED_OUT);
    }

    @Test
    void impostorIsAckedAndThenIgnored() throws Exception {
        ScenarioResult r = play("impostor", timing(0, 1000), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().reached(Phase.CIRCUIT_ACKED)).isTrue();
        assertThat(r.report().reached(Phase.REGION_HANDSHAKE)).isFalse();
    }

    @Test
    void jiltedIsRefusedWithReasonKey() throws Exception {
        ScenarioResult r = play("jilted", ScenarioTiming.defaults(), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().login().reason()).isEqualTo("key");
        assertThat(client(Channel.LOGIN, Verb.FAILED)).singleElement()
                .satisfies(e -> assertThat(e.fact("Reason")).isEqualTo("key"));
    }

    @Test
    void ghostLogsInAndNeverOpensItsCircuit() throws Exception {
        ScenarioResult r = play("ghost", timing(0, 300), LoginFormat.XMLRPC);

        assertThat(r.met()).as(r.verdict().observed()).isTrue();
        assertThat(r.report().ending().reason()).isEqualTo(Ending.Reason.LEFT);
        assertThat(client(Channel.UDP, Verb.SEND)).isEmpty();
    }
}
