package rituals.client.udp;

import rituals.protocol.udp.PacketFacts;
import java.util.List;
import java.util.function.IntConsumer;
import rituals.protocol.circuit.Reliability;
import rituals.protocol.message.CloseCircuit;
import rituals.protocol.message.CompletePingCheck;
import rituals.protocol.message.Message;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.StartPingCheck;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.protocol.udp.ZeroCodePolicy;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * The client's end of one LLUDP circuit, as LibreMetaverse keeps it: sequence numbers, resends of reliable packets,
 * acks owed to the sim (flushed on a cadence, at once when enough are pending, or appended to any outgoing datagram),
 * answers to the sim's pings and pings of our own. It owns no thread: its owner calls {@link #receive} and
 * {@link #tick} from the one loop thread and it hands finished datagrams to a {@link Wire}.
 *
 * <p>A <em>silent</em> circuit sends nothing at all, not even acks or ping answers: the wallflower's stillness.
 */
public final class ClientCircuit {
    /** Where datagrams go: the socket, or a test's list. */
    public interface Wire {
        void send(byte[] datagram);

        /** A reliable datagram sent again; a wire that counts traffic tells it apart from a first send. */
        default void resend(byte[] datagram) {
            send(datagram);
        }
    }

    private static final int MAX_ACKS_PER_PACKET = 255;

    private final PacketCodec codec;
    private final CircuitSettings settings;
    private final Wire wire;
    private final Clock clock;
    private final Probe probe;
    private final IntConsumer onAcked;
    private final Reliability reliability;
    private boolean silent;
    private long lastReceivedNanos;
    private long nextAckFlushNanos;
    private long nextPingNanos;
    private int nextPingId;
    private int outstandingPingId = -1;
    private long outstandingPingSentNanos;
    private long datagramsSent;
    private long datagramsReceived;

    /**
     * @param onAcked told the sequence number of each of our reliable packets the sim acknowledges
     */
    public ClientCircuit(PacketCodec codec, CircuitSettings settings, Wire wire, Clock clock, Probe probe,
            IntConsumer onAcked) {
        this.codec = codec;
        this.settings = settings;
        this.wire = wire;
        this.clock = clock;
        this.probe = probe;
        this.onAcked = onAcked;
        this.reliability = new Reliability(settings.reliability(), 1);
        long now = clock.nanos();
        this.lastReceivedNanos = now;
        this.nextAckFlushNanos = now + settings.ackFlushMillis() * 1_000_000L;
        this.nextPingNanos = now + settings.pingIntervalMillis() * 1_000_000L;
    }

    /** Stops (or resumes) every transmission: no acks, no ping answers, no resends, nothing the owner sends. */
    public void silent(boolean silent) {
        this.silent = silent;
    }

    /**
     * Sends a message with the next sequence number, with as many owed acks appended as fit. A message the catalog
     * marks zero-coded is always zero-coded, even when that makes it longer: libomv's AgentThrottle (79 bytes raw,
     * 80 coded) shows LibreMetaverse does so. Returns the sequence number (or -1 when silent: nothing is sent).
     */
    public int send(Message message, boolean reliable) {
        if (silent) {
            return -1;
        }
        int sequence = reliability.nextSequence();
        boolean zerocoded = codec.catalog().info(message.getClass()).zerocoded();
        Packet packet = Packet.of(sequence, message, reliable, zerocoded);
        byte[] datagram = codec.encode(packet, ZeroCodePolicy.AS_FLAGGED);
        if (reliability.pendingAckCount() > 0 && !(message instanceof PacketAck)) {
            int room = Math.min(MAX_ACKS_PER_PACKET, (PacketCodec.MAX_DATAGRAM - datagram.length - 1) / 4);
            if (room > 0) {
                packet = packet.withAcks(reliability.drainAcks(room));
                datagram = PacketCodec.withAcks(datagram, packet.acks());
            }
        }
        if (reliable) {
            reliability.sentReliable(sequence, datagram, PacketFacts.name(message), clock.nanos());
        }
        transmit(packet, datagram);
        return sequence;
    }

    /**
     * Sends CloseCircuit as LibreMetaverse does on shutdown: sequence 0, reliable flag set, never resent (OpenSim
     * neither acks nor handles it).
     */
    public void sendCloseCircuit() {
        if (silent) {
            return;
        }
        Packet packet = Packet.of(0, new CloseCircuit(), true, false);
        transmit(packet, codec.encode(packet));
    }

    /**
     * Takes in a decoded datagram: settles the acks it carries, notes what we owe, answers pings. Returns true when the
     * owner should handle its message: not a duplicate and not a bare PacketAck.
     */
    public boolean receive(Packet packet, int size) {
        long now = clock.nanos();
        lastReceivedNanos = now;
        datagramsReceived++;
        settle(packet.acks());
        Message message = packet.message();
        if (message instanceof PacketAck ack) {
            settle(ack.ids());
        }
        boolean fresh = reliability.received(packet.sequence(), packet.reliable());
        if (fresh && probe.on()) {
            probe.emit(Channel.UDP, Verb.RECV, PacketFacts.name(message), size, PacketFacts.of(packet));
        }
        if (reliability.pendingAckCount() >= settings.maxPendingAcks()) {
            flushAcks();
        }
        if (!fresh || message instanceof PacketAck) {
            return false;
        }
        if (message instanceof StartPingCheck ping) {
            if (ping.pingID().oldestUnacked() > 0) {
                flushAcks(); // LibreMetaverse: the sim is waiting on something we owe
            }
            send(CompletePingCheck.of(ping.pingID().pingID()), false);
        } else if (message instanceof CompletePingCheck pong && pong.pingID().pingID() == outstandingPingId) {
            reliability.rttSample(now - outstandingPingSentNanos);
            outstandingPingId = -1;
        }
        return true;
    }

    /** The periodic duties: resends that are due, the ack flush, our own ping. Call every 100 ms or so. */
    public void tick() {
        if (silent) {
            return;
        }
        long now = clock.nanos();
        for (Reliability.Unacked u : reliability.due(now)) {
            byte[] datagram = u.datagram();
            // Recorded where SEND is, before the socket call, for the same reason.
            if (probe.on()) {
                probe.emit(Channel.UDP, Verb.RESEND, u.name(), datagram.length, "Sequence",
                        Integer.toUnsignedString(u.sequence()), "Attempt", u.resends());
            }
            wire.resend(datagram);
            datagramsSent++;
        }
        if (now - nextAckFlushNanos >= 0) {
            flushAcks();
            nextAckFlushNanos = now + settings.ackFlushMillis() * 1_000_000L;
        }
        if (settings.pingIntervalMillis() > 0 && now - nextPingNanos >= 0) {
            outstandingPingId = nextPingId;
            outstandingPingSentNanos = now;
            send(StartPingCheck.of(nextPingId, Integer.toUnsignedLong(reliability.oldestUnacked())), false);
            nextPingId = (nextPingId + 1) & 0xFF;
            nextPingNanos = now + settings.pingIntervalMillis() * 1_000_000L;
        }
    }

    /** Sends every owed ack now, in PacketAck messages of up to 255 ids. */
    public void flushAcks() {
        while (!silent && reliability.pendingAckCount() > 0) {
            send(PacketAck.of(reliability.drainAcks(MAX_ACKS_PER_PACKET)), false);
        }
    }

    private void settle(List<Integer> ids) {
        for (int id : ids) {
            if (reliability.acked(id)) {
                onAcked.accept(id);
            }
        }
    }

    private void transmit(Packet packet, byte[] datagram) {
        // Recorded before the socket call, so the timeline never shows the peer's receipt ahead of our send.
        if (probe.on()) {
            probe.emit(Channel.UDP, Verb.SEND, PacketFacts.name(packet.message()), datagram.length,
                    PacketFacts.of(packet));
        }
        wire.send(datagram);
        datagramsSent++;
    }

    /** When the last datagram arrived from the sim (clock nanos). */
    public long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    public int pendingAckCount() {
        return reliability.pendingAckCount();
    }

    public long datagramsSent() {
        return datagramsSent;
    }

    public long datagramsReceived() {
        return datagramsReceived;
    }

    public long resends() {
        return reliability.resends();
    }

    /** Reliable packets dropped after their last resend went unacked. */
    public long givenUp() {
        return reliability.givenUp();
    }
}
