package rituals.trace;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import rituals.trace.Verb;

/**
 * Plays the six scenarios' probe events through a {@link Recorder}, both sides or one, following docs/EVENTS.md, with
 * figures from real sessions (the LayerData sizes below, OpenSim acking UseCircuitCode with sequence 0, 5 s pings) and
 * timeouts shortened as a performance would.
 */
public final class SyntheticRitual {
    public static final List<String> SCENARIOS =
            List.of("naturalist", "wallflower", "shy-wallflower", "impostor", "jilted", "ghost");

    /** The LayerData datagram sizes OpenSim sent in the example narrative {@code seeds/000-wallflower.md}. */
    static final int[] LAYER_SIZES = {923, 944, 912, 940, 904, 963, 904, 904, 906, 908, 273, 551, 720, 762, 701, 620,
        644, 658};

    static final String SESSION = "cb5ce6d7-c4ea-491c-b0db-6dcce167594d";
    static final String AGENT = "7d405ba1-d4d6-4358-9238-370d6a93d427";
    static final long CIRCUIT = 1966132762L;

    /** When the synthetic rituals begin on the wall clock (the golden narratives print this date). */
    static final long STARTED_EPOCH_MILLIS = 1_795_299_142_694L;

    private final ManualClock clock = new ManualClock(STARTED_EPOCH_MILLIS);
    private final Recorder recorder = new Recorder(clock);
    private final Probe server;
    private final Probe client;
    private final String scenario;
    private int serverSequence;
    private int clientSequence;
    private long lastFromClient;
    private long circuitOpened;

    private SyntheticRitual(String scenario, Set<Side> recorded) {
        this.scenario = scenario;
        this.server = recorded.contains(Side.SERVER) ? recorder.probe(Side.SERVER) : Probe.off(Side.SERVER);
        this.client = recorded.contains(Side.CLIENT) ? recorder.probe(Side.CLIENT) : Probe.off(Side.CLIENT);
    }

    /** The scenario recorded on both sides. */
    public static List<TraceEvent> of(String scenario) {
        return of(scenario, EnumSet.allOf(Side.class));
    }

    /** The scenario recorded only on the given sides (the others' probes are off). */
    public static List<TraceEvent> of(String scenario, Set<Side> recorded) {
        SyntheticRitual r = new SyntheticRitual(scenario, recorded);
        r.play();
        return r.recorder.timeline();
    }

    private void play() {
        server.emit(Channel.CIRCUIT, Verb.SETTINGS, "", -1, "Server", "Rituals venue 0.1.0", "AckTimeout", 2000,
                "CircuitExpiry", 3000, "EventQueueHold", 1000, "LoginFormat", "XML-RPC");
        client.emit(Channel.LOGIN, Verb.SETTINGS, "", -1, "Client", "Rituals suitor 0.1.0", "Scenario", scenario,
                "URI", "http://localhost:9000/");
        boolean jilted = scenario.equals("jilted");
        login(!jilted);
        if (jilted) {
            expect("login failure with reason key", "login failed: key");
            return;
        }
        if (scenario.equals("ghost")) {
            behave("GHOST", "Logged in; never opening the circuit");
            clock.advanceMillis(3001);
            server.emit(Channel.CIRCUIT, Verb.EXPIRE, "", -1, "Circuit", CIRCUIT, "User", "Test User",
                    "WaitedMs", 3001, "LimitMs", 3000);
            expect("the server expires the unused circuit", "no reply to silence; circuit expired server-side");
            return;
        }
        if (scenario.equals("impostor")) {
            impostor();
            return;
        }
        handshake();
        caps();
        world();
        if (scenario.equals("wallflower")) {
            wallflowerTimeout();
        } else {
            lingerAndLogOut();
        }
    }

    private void login(boolean accepted) {
        client.emit(Channel.LOGIN, Verb.START, "", -1, "URI", "http://localhost:9000/", "User", "Test User",
                "Mode", scenario);
        clock.advanceMillis(2.5);
        server.emit(Channel.LOGIN, Verb.RECV, "XML-RPC login_to_simulator", -1, "User", "Test User",
                "Viewer", "1.0.0", "Channel", "OmvTestHarness", "IP", "127.0.0.1:49766");
        clock.advanceMillis(1.2);
        if (!accepted) {
            server.emit(Channel.LOGIN, Verb.AUTH_FAILURE, "", -1, "User", "Test User", "Reason", "key",
                    "Message", "Could not authenticate your avatar. Please check your username and password.");
            server.emit(Channel.LOGIN, Verb.SEND, "XML-RPC Response", -1, "Result", "Failure", "Circuit", 0);
            clock.advanceMillis(1.1);
            client.emit(Channel.LOGIN, Verb.FAILED, "", -1, "Reason", "key",
                    "Message", "Could not authenticate your avatar. Please check your username and password.");
            return;
        }
        server.emit(Channel.LOGIN, Verb.AUTH_SUCCESS, "", -1, "User", "Test User");
        server.emit(Channel.LOGIN, Verb.CIRCUIT_PROVISION, "", -1, "Circuit", CIRCUIT, "Region", "Default Region",
                "Agent", AGENT, "Session", SESSION);
        clock.advanceMillis(3.4);
        server.emit(Channel.LOGIN, Verb.SEND, "XML-RPC Response", -1, "Result", "Success", "Circuit", CIRCUIT);
        clock.advanceMillis(1.1);
        client.emit(Channel.LOGIN, Verb.PROGRESS, "ConnectingToSim", -1, "Message", "Connecting to simulator...",
                "Circuit", CIRCUIT, "Sim", "127.0.0.1:9000");
    }

    private void handshake() {
        clock.advanceMillis(2);
        fromClient("UseCircuitCode", 46, "CircuitCode", CIRCUIT, "Session", SESSION, "Agent", AGENT);
        circuitOpened = clock.nanos();
        server.emit(Channel.CIRCUIT, Verb.OPEN, "", -1, "Circuit", CIRCUIT, "User", "Test User",
                "Endpoint", "127.0.0.1:49767");
        fromServer("PacketAck", 15, "Count", 1);
        fromClient("CompleteAgentMovement", 46);
        fromServer("RegionHandshake", 197, "Region", "Default Region");
        fromServer("AgentMovementComplete", 121, "Pos", "<128, 128, 26.034172>", "Look", "<0.99, 0.042, 0>");
        fromClient("RegionHandshakeReply", 52);
        client.emit(Channel.UDP, Verb.CONNECTED, "", -1, "Sim", "Default Region", "IP", "192.168.0.2:9000");
        fromClient("AgentThrottle", 80, "Land", 172800, "Task", 368400);
    }

    private void caps() {
        clock.advanceMillis(5);
        client.emit(Channel.CAPS, Verb.SEND, "Seed", -1, "Requested", 12);
        server.emit(Channel.CAPS, Verb.RECV, "Seed", -1, "User", "Test User", "Requested", 12);
        server.emit(Channel.CAPS, Verb.SEND, "Seed", -1, "Granted", "EventQueueGet,SimulatorFeatures");
        clock.advanceMillis(0.8);
        client.emit(Channel.CAPS, Verb.RECV, "Seed", -1, "Granted", "EventQueueGet,SimulatorFeatures");
        client.emit(Channel.CAPS, Verb.SEND, "EventQueueGet", -1, "Ack", 0);
        server.emit(Channel.CAPS, Verb.RECV, "EventQueueGet", -1, "User", "Test User", "Ack", 0);
        clock.advanceMillis(3);
        server.emit(Channel.CAPS, Verb.SEND, "EventQueueGet", -1, "Id", 1, "Events", 1, "Status", 200);
        client.emit(Channel.CAPS, Verb.RECV, "EventQueueGet", -1, "Id", 1, "Events", 1, "Status", 200);
    }

    private void world() {
        String verb = scenario.toUpperCase(java.util.Locale.ROOT);
        if (scenario.equals("wallflower")) {
            behave(verb, "Disabling Agent Updates (Heartbeat)");
            behave(verb, "Waiting for server timeout...");
        } else if (scenario.equals("shy-wallflower")) {
            behave(verb, "Disabling Agent Updates (Heartbeat), still acking and answering pings");
        } else {
            behave(verb, "Lingering with a steady heartbeat");
        }
        fromServer("ObjectUpdate", 322, "Objects", 1);
        for (int size : LAYER_SIZES) {
            clock.advanceMillis(45);
            fromServer("LayerData", size, "Type", "Land", "Patches", 16);
        }
    }

    private void wallflowerTimeout() {
        // Silent from here: pings and resends go unanswered until the shortened AckTimeout fires, 2003 ms after the
        // client's last datagram (the check runs every ~100 ms, so a little past the limit).
        for (int i = 0; i < 2; i++) {
            clock.advanceMillis(500);
            fromServer("StartPingCheck", 12, "PingID", i);
            server.emit(Channel.UDP, Verb.RESEND, "LayerData", 923, "Sequence", 6, "Attempt", i + 1);
            fromServer("SimStats", 360);
        }
        clock.advanceMillis((lastFromClient + 2_003_000_000L - clock.nanos()) / 1e6);
        server.emit(Channel.CIRCUIT, Verb.TIMEOUT, "", -1, "User", "Test User", "SilenceMs", 2003, "LimitMs", 2000);
        fromServer("DisableSimulator", 10);
        long lived = (clock.nanos() - circuitOpened) / 1_000_000;
        server.emit(Channel.CIRCUIT, Verb.CLOSE, "", -1, "User", "Test User", "Reason", "timeout", "DurationMs", lived);
        client.emit(Channel.UDP, Verb.DISCONNECTED, "", -1, "Reason", "DisableSimulator",
                "Detail", "the server let us go", "AfterMs", lived);
        expect("DisableSimulator within the AckTimeout", "DisableSimulator after 2003 ms of silence");
    }

    private void lingerAndLogOut() {
        boolean heartbeat = scenario.equals("naturalist");
        for (int i = 1; i <= 100; i++) {
            clock.advanceMillis(50);
            if (heartbeat) {
                fromClient("AgentUpdate", 76, "ControlFlags", 0);
            }
            if (i % 10 == 0) {
                fromClient("PacketAck", 35, "Count", 6);
            }
            if (i % 40 == 0) {
                fromServer("StartPingCheck", 12, "PingID", i / 40);
                fromClient("CompletePingCheck", 8, "PingID", i / 40);
                fromServer("SimStats", 360);
            }
        }
        clock.advanceMillis(20);
        behave(scenario.toUpperCase(java.util.Locale.ROOT), "Logging out");
        fromClient("LogoutRequest", 42, "Agent", AGENT);
        fromServer("LogoutReply", 64, "Agent", AGENT);
        server.emit(Channel.CIRCUIT, Verb.CLOSE, "", -1, "User", "Test User", "Reason", "logout", "DurationMs", 5420);
        client.emit(Channel.UDP, Verb.DISCONNECTED, "", -1, "Reason", "LogoutReply", "Detail", "logged out",
                "AfterMs", 5420);
        expect(heartbeat ? "a graceful logout" : "tolerated for the whole wait", "LogoutReply after 5420 ms");
    }

    private void impostor() {
        clock.advanceMillis(2);
        behave("IMPOSTOR", "Presenting a circuit code that was never issued");
        client.emit(Channel.UDP, Verb.SEND, "UseCircuitCode", 46, "CircuitCode", 12345, "Session", SESSION,
                "Agent", AGENT, "Sequence", ++clientSequence, "Reliable", true);
        fromServer("PacketAck", 15, "Count", 1);
        server.emit(Channel.UDP, Verb.DROP, "unknown-circuit-code", 46, "Endpoint", "127.0.0.1:49767",
                "Detail", "circuit code 12345 was never provisioned");
        clock.advanceMillis(3001);
        server.emit(Channel.CIRCUIT, Verb.EXPIRE, "", -1, "Circuit", CIRCUIT, "User", "Test User",
                "WaitedMs", 3001, "LimitMs", 3000);
        client.emit(Channel.UDP, Verb.DISCONNECTED, "", -1, "Reason", "silence", "Detail", "nothing after the ack",
                "AfterMs", 3001);
        expect("an ack and then nothing", "one PacketAck, then silence");
    }

    private void behave(String verb, String note) {
        clock.advanceMillis(0.5);
        client.emit(Channel.BEHAVIOR, Verb.NOTE, verb, -1, "Note", note);
    }

    private void expect(String expectation, String observed) {
        clock.advanceMillis(0.5);
        client.emit(Channel.BEHAVIOR, Verb.EXPECT, "MET", -1, "Expectation", expectation, "Observed", observed);
    }

    private void fromClient(String message, int size, Object... facts) {
        datagram(client, server, ++clientSequence, message, size, facts);
        lastFromClient = clock.nanos();
    }

    private void fromServer(String message, int size, Object... facts) {
        datagram(server, client, ++serverSequence, message, size, facts);
    }

    /** SEND on the sender, RECV on the receiver 0.3 ms later, both with the datagram's Sequence. */
    private void datagram(Probe from, Probe to, int sequence, String message, int size, Object... facts) {
        boolean reliable = !message.equals("PacketAck") && !message.endsWith("PingCheck")
                && !message.equals("AgentUpdate") && !message.equals("SimStats");
        Object[] all = java.util.Arrays.copyOf(facts, facts.length + 4);
        all[facts.length] = "Sequence";
        all[facts.length + 1] = sequence;
        all[facts.length + 2] = "Reliable";
        all[facts.length + 3] = reliable;
        from.emit(Channel.UDP, Verb.SEND, message, size, all);
        clock.advanceMillis(0.3);
        to.emit(Channel.UDP, Verb.RECV, message, size, all);
    }
}
