package rituals.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rituals.client.login.LoginFormat;
import rituals.client.login.StartLocation;
import rituals.client.testing.FakeLogin;
import rituals.client.testing.FakeSim;
import rituals.client.udp.CircuitSettings;
import rituals.protocol.message.AgentUpdate;
import rituals.protocol.message.CloseCircuit;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.CompletePingCheck;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.UseCircuitCode;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Recorder;
import rituals.trace.Side;
import rituals.trace.Verb;

/**
 * One agent, two simulators on loopback: the shape EnableSimulator needs. The second simulator shares the agent's
 * socket, hears its own answers (routed by endpoint), holds a child agent (no CompleteAgentMovement, no heartbeat),
 * and leaves alone when it lets the agent go.
 */
class SimulatorsIT {
    static final SuitorSettings SETTINGS = new SuitorSettings(CircuitSettings.LIBREMETAVERSE, 500, 5000, 2000, 10_000,
            10_000, 100, 100, 256, StartLocation.LAST);

    FakeSim root;
    FakeSim neighbour;
    FakeLogin login;
    ClientRuntime runtime;
    Recorder recorder;
    Suitor suitor;

    @BeforeEach
    void start() throws Exception {
        root = new FakeSim();
        neighbour = new FakeSim();
        login = new FakeLogin(root.port(), FakeSim.CIRCUIT);
        runtime = ClientRuntime.start(Clock.system());
        recorder = new Recorder(Clock.system());
        suitor = new Suitor(runtime, new Credentials(login.loginUri(), FakeLogin.FIRST, FakeLogin.LAST,
                FakeLogin.PASSWORD, LoginFormat.XMLRPC), SETTINGS, recorder.probe(Side.CLIENT), "test");
        assertThat(suitor.login().get(10, TimeUnit.SECONDS).success()).isTrue();
        suitor.connect().get(10, TimeUnit.SECONDS);
        suitor.agentMovementComplete().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        runtime.close();
        login.close();
        root.close();
        neighbour.close();
    }

    Simulator addNeighbour() throws Exception {
        InetSocketAddress at = new InetSocketAddress("127.0.0.1", neighbour.port());
        return suitor.onLoop(() -> suitor.addSimulator(at, (256_256L << 32) | 256_000L, null, 256))
                .get(5, TimeUnit.SECONDS);
    }

    @Test
    void aSecondSimulatorSharesTheSocketAndHearsOnlyItsOwnAnswers() throws Exception {
        Simulator child = addNeighbour();

        child.milestones.circuitAcked.get(5, TimeUnit.SECONDS); // the neighbour's ack reached the child's circuit
        assertThat(neighbour.sent(UseCircuitCode.class)).singleElement().satisfies(u -> {
            assertThat(u.circuitCode().code()).isEqualTo(FakeSim.CIRCUIT);
            assertThat(u.circuitCode().sessionID()).isEqualTo(FakeSim.SESSION);
        });
        assertThat(neighbour.client()).isEqualTo(root.client()); // one socket for the agent
        assertThat(neighbour.awaitSent(CompletePingCheck.class, 5000)).isTrue(); // its pings answered to it
        assertThat(root.sent(UseCircuitCode.class)).hasSize(1);
        // the neighbour's arrival is timed apart: the ritual's phases stay the root's
        assertThat(suitor.onLoop(() -> List.copyOf(child.milestones.phases.keySet())).get())
                .containsExactly(Phase.CIRCUIT_ACKED);
        assertThat(child.milestones).isNotSameAs(suitor.milestones);

        suitor.logout().get(10, TimeUnit.SECONDS);
        // the agent stands in the root: the neighbour holds a child agent, which is never made root or updated
        assertThat(neighbour.sent(CompleteAgentMovement.class)).isEmpty();
        assertThat(neighbour.sent(AgentUpdate.class)).isEmpty();
        assertThat(neighbour.sent(LogoutRequest.class)).isEmpty();
        assertThat(root.sent(AgentUpdate.class)).isNotEmpty();
        assertThat(root.sent(LogoutRequest.class)).hasSize(1);
        // leaving the grid closes every circuit, as LibreMetaverse does on logout
        assertThat(root.awaitSent(CloseCircuit.class, 5000)).isTrue();
        assertThat(neighbour.awaitSent(CloseCircuit.class, 5000)).isTrue();
        assertThat(child.milestones.ended.get(5, TimeUnit.SECONDS).reason()).isEqualTo(Ending.Reason.LOGGED_OUT);
    }

    @Test
    void aNeighbourThatLetsTheAgentGoLeavesAloneAndTheRootStays() throws Exception {
        Simulator child = addNeighbour();
        child.milestones.circuitAcked.get(5, TimeUnit.SECONDS);

        neighbour.silenceMillis = 0; // DisableSimulator at its next timer
        Ending gone = child.milestones.ended.get(5, TimeUnit.SECONDS);

        assertThat(gone.reason()).isEqualTo(Ending.Reason.DISABLE_SIMULATOR);
        assertThat(suitor.ended()).isNotDone();
        assertThat(suitor.onLoop(() -> suitor.simulators.all().length).get()).isEqualTo(1);
        assertThat(recorder.timeline()).filteredOn(e -> e.channel() == Channel.UDP && e.verb() == Verb.DISCONNECTED)
                .singleElement()
                .satisfies(e -> assertThat(e.fact("Reason")).isEqualTo("DisableSimulator"));
        assertThat(suitor.logout().get(10, TimeUnit.SECONDS).reason()).isEqualTo(Ending.Reason.LOGGED_OUT);
        assertThat(neighbour.sent(CloseCircuit.class)).isEmpty(); // it closed the circuit itself
    }

    @Test
    void oneEndpointIsOneSimulator() throws Exception {
        InetSocketAddress again = new InetSocketAddress("127.0.0.1", root.port());
        assertThatThrownBy(() -> suitor.onLoop(() -> suitor.addSimulator(again, 0, null, 256)).join())
                .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("already connected");
    }
}
