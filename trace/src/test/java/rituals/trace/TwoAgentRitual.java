package rituals.trace;

import java.util.List;

/**
 * A venue's ritual log of two agents at once, as {@code serve --ritual-log} records it: server probes only, the login
 * service and the capabilities scoped to the agent, each circuit's probe to the region, the circuit and the agent.
 * Alice Crowd logs in first and logs out; Bob Crowd logs in while Alice is still arriving, falls silent and is timed
 * out. The first UseCircuitCode of each circuit is recorded before the agent's name is known (only its id and
 * circuit), as the venue does when it claims a circuit.
 */
public final class TwoAgentRitual {
    public static final String ALICE = "Alice Crowd";
    public static final String BOB = "Bob Crowd";
    private static final String REGION = "Default Region";
    private static final long HANDLE = 1099511628032000L;

    private final ManualClock clock = new ManualClock(SyntheticRitual.STARTED_EPOCH_MILLIS);
    private final Recorder recorder = new Recorder(clock);
    private final Probe server = recorder.probe(Side.SERVER);

    private record Agent(String name, String id, long circuit) {}

    private final Agent alice = new Agent(ALICE, "11111111-1111-1111-1111-111111111111", 101);
    private final Agent bob = new Agent(BOB, "22222222-2222-2222-2222-222222222222", 202);

    private TwoAgentRitual() {}

    public static List<TraceEvent> timeline() {
        TwoAgentRitual r = new TwoAgentRitual();
        r.play();
        return r.recorder.timeline();
    }

    private void play() {
        server.emit(Channel.CIRCUIT, Verb.SETTINGS, "", -1, "Server", "Rituals venue 0.1.0", "AckTimeout", 2000);
        login(alice);
        login(bob);
        handshake(alice);
        handshake(bob);
        for (int i = 0; i < 5; i++) {
            clock.advanceMillis(100);
            region(alice).emit(Channel.UDP, Verb.RECV, "AgentUpdate", 64, "Sequence", 10 + i);
            region(bob).emit(Channel.UDP, Verb.RECV, "AgentUpdate", 64, "Sequence", 10 + i);
        }
        clock.advanceMillis(50);
        region(alice).emit(Channel.UDP, Verb.RECV, "LogoutRequest", 36, "Sequence", 20);
        region(alice).emit(Channel.UDP, Verb.SEND, "LogoutReply", 40, "Sequence", 9);
        region(alice).emit(Channel.CIRCUIT, Verb.CLOSE, "", -1, "Circuit", alice.circuit(), "User", ALICE,
                "Reason", "logout", "DurationMs", 560);
        clock.advanceMillis(2000);
        region(bob).emit(Channel.CIRCUIT, Verb.TIMEOUT, "", -1, "Circuit", bob.circuit(), "User", BOB,
                "SilenceMs", 2050, "LimitMs", 2000);
        region(bob).emit(Channel.UDP, Verb.SEND, "DisableSimulator", 10, "Sequence", 10);
        region(bob).emit(Channel.CIRCUIT, Verb.CLOSE, "", -1, "Circuit", bob.circuit(), "User", BOB,
                "Reason", "timeout", "DurationMs", 2600);
    }

    private void login(Agent a) {
        clock.advanceMillis(3);
        Probe login = server.scoped(Scope.NONE.ofAgent(a.name(), a.id()));
        login.emit(Channel.LOGIN, Verb.RECV, "XML-RPC login_to_simulator", -1, "User", a.name());
        login.emit(Channel.LOGIN, Verb.AUTH_SUCCESS, "", -1, "User", a.name());
        login.onCircuit(a.circuit(), a.name(), a.id()).emit(Channel.LOGIN, Verb.CIRCUIT_PROVISION, "", -1,
                "Circuit", a.circuit(), "Region", REGION);
        clock.advanceMillis(2);
        login.emit(Channel.LOGIN, Verb.SEND, "XML-RPC Response", -1, "Result", "Success", "Circuit", a.circuit());
    }

    private void handshake(Agent a) {
        clock.advanceMillis(4);
        Probe claimed = server.inRegion(REGION, HANDLE).onCircuit(a.circuit(), "", a.id());
        claimed.emit(Channel.UDP, Verb.RECV, "UseCircuitCode", 46, "CircuitCode", a.circuit(), "Sequence", 1);
        region(a).emit(Channel.CIRCUIT, Verb.OPEN, "", -1, "Circuit", a.circuit(), "User", a.name());
        region(a).emit(Channel.UDP, Verb.SEND, "PacketAck", 15, "Count", 1);
        region(a).emit(Channel.UDP, Verb.RECV, "CompleteAgentMovement", 46, "Sequence", 2);
        region(a).emit(Channel.UDP, Verb.SEND, "RegionHandshake", 197, "Region", REGION, "Sequence", 1);
        region(a).emit(Channel.UDP, Verb.SEND, "AgentMovementComplete", 121, "Sequence", 2);
        clock.advanceMillis(1);
        server.scoped(Scope.NONE.ofAgent(a.name(), a.id())).emit(Channel.CAPS, Verb.RECV, "Seed", -1, "User", a.name());
    }

    private Probe region(Agent a) {
        return server.inRegion(REGION, HANDLE).onCircuit(a.circuit(), a.name(), a.id());
    }
}
