package rituals.client;

import java.net.InetSocketAddress;
import java.net.URI;
import rituals.client.udp.ClientCircuit;
import rituals.client.world.HeightMap;
import rituals.client.world.SceneObjects;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.udp.Packet;
import rituals.trace.Channel;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * One region the agent is connected to, as LibreMetaverse's Simulator is: its endpoint and handle, the circuit to
 * it, its capabilities (seed and event-queue poll), its land and its objects. The agent's socket is shared, so the
 * circuit's datagrams go out through the suitor's link to this endpoint. Loop-owned.
 */
final class Simulator implements ClientCircuit.Wire {
    final Suitor suitor;
    final InetSocketAddress endpoint;
    /** {@code (x << 32) | y}, the region's world position in metres. */
    final long handle;
    /** Null when the seed is not known yet (a neighbour announced by EnableSimulator learns it later). */
    final URI seedCapability;
    /** The suitor's for the root; a simulator added later times its own arrival on the same timebase. */
    final Milestones milestones;
    /** The suitor's, narrowed to this region once RegionHandshake names it. */
    Probe probe;
    final Capabilities caps;
    final HeightMap terrain;
    final SceneObjects objects = new SceneObjects();
    /** From RegionHandshake; "" before it. */
    String name = "";
    ClientCircuit circuit;
    /** The circuit code presented in UseCircuitCode (an impostor's is forged). */
    long circuitCode;
    int useCircuitCodeSequence = -1;
    long openedNanos;

    Simulator(Suitor suitor, InetSocketAddress endpoint, long handle, URI seedCapability, int regionSize,
            Milestones milestones) {
        this.suitor = suitor;
        this.endpoint = endpoint;
        this.handle = handle;
        this.seedCapability = seedCapability;
        this.milestones = milestones;
        this.probe = suitor.probe;
        this.terrain = new HeightMap(regionSize);
        this.caps = new Capabilities(this);
    }

    /** The simulator the agent stands in (the others hold child agents). */
    boolean isRoot() {
        return suitor.simulators.root() == this;
    }

    /** Opens the circuit: UseCircuitCode with {@code code}, reliable, resent until acked. */
    void open(long code) {
        Suitor s = suitor;
        circuitCode = code;
        circuit = new ClientCircuit(s.runtime.codec(), s.settings.circuit(), this, s.clock, probe, this::acked);
        circuit.silent(s.silent);
        openedNanos = s.clock.nanos();
        useCircuitCodeSequence = circuit.send(UseCircuitCode.of(code, s.agent.sessionId(), s.agent.id()), true);
    }

    /** A datagram from this simulator: the circuit takes it in, and a fresh message goes to its handler. */
    void receive(Packet packet, int size) {
        if (circuit.receive(packet, size)) {
            Arrivals.handle(this, packet.message());
        }
    }

    private void acked(int sequence) {
        Arrivals.acked(this, sequence);
    }

    /** Milliseconds since this circuit opened (UseCircuitCode sent), or -1 before. */
    long sinceOpened() {
        return circuit == null ? -1 : (suitor.clock.nanos() - openedNanos) / 1_000_000L;
    }

    /** Whether nothing has arrived from this simulator for longer than {@code limitNanos}; how long, or -1. */
    long silenceBeyond(long limitNanos) {
        long silence = suitor.clock.nanos() - circuit.lastReceivedNanos();
        return silence > limitNanos ? silence : -1;
    }

    /**
     * Closes this simulator's side of the session: stops its event queue, says CloseCircuit where LibreMetaverse
     * would, and records the disconnection. The socket is the suitor's and stays open; the root's ending is the
     * session's, which the suitor completes.
     */
    void close(Ending.Reason reason, String detail) {
        caps.stop();
        if (!isRoot()) {
            milestones.ended.complete(new Ending(reason, detail, milestones.sinceLogin())); // the root's is the session's
        }
        if (circuit == null) {
            return;
        }
        // LibreMetaverse sends CloseCircuit when it ends the circuit itself (logout, network timeout)
        if (reason == Ending.Reason.LOGGED_OUT || reason == Ending.Reason.LOGOUT_TIMEOUT
                || reason == Ending.Reason.SILENCE) {
            circuit.sendCloseCircuit();
        }
        if (probe.on()) {
            probe.emit(Channel.UDP, Verb.DISCONNECTED, "", -1, "Reason", reason.probeName(), "Detail", detail,
                    "AfterMs", sinceOpened());
        }
    }

    @Override
    public void send(byte[] datagram) {
        suitor.link.send(datagram, endpoint);
    }

    @Override
    public void resend(byte[] datagram) {
        suitor.link.resend(datagram, endpoint);
    }
}
