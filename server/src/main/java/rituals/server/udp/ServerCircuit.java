package rituals.server.udp;

import rituals.protocol.udp.PacketFacts;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import rituals.protocol.circuit.Reliability;
import rituals.protocol.message.CompletePingCheck;
import rituals.protocol.message.Message;
import rituals.protocol.message.Messages;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.StartPingCheck;
import rituals.protocol.types.Bytes;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.trace.Channel;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * One open circuit's transport: sequence numbers, acks owed and awaited, resends, pings and throttled queues. It
 * knows nothing of agents beyond the ids it validates. Owned by the region loop thread; time is passed in.
 * Until the endpoint acks one of our reliable packets, its {@link SendBudget} holds back what would make the venue
 * an amplifier aimed at a spoofed address.
 */
public final class ServerCircuit {
    private static final System.Logger LOG = System.getLogger(ServerCircuit.class.getName());
    private static final Object[] NO_FACTS = {};
    /** What {@link #sendImmediateAck} sends for the UseCircuitCode that opens a circuit: charged to its budget. */
    private static final int IMMEDIATE_ACK_BYTES = new PacketCodec(Messages.CATALOG)
            .encode(Packet.of(0, PacketAck.of(List.of(0)), false, false)).length;

    /** What became of a received datagram. */
    public enum Verdict {
        /** New and valid: the caller processes the message. */
        ACCEPT,
        /** Housekeeping handled here (acks, ping answers): nothing for the caller to do. */
        HANDLED,
        /** A reliable sequence seen before: acked again, not processed. */
        DUPLICATE,
        /** Its AgentData names another agent or session: dropped before being acked, as OpenSim does. */
        BAD_IDS
    }

    private final InetSocketAddress endpoint;
    private final UUID agentId;
    private final UUID sessionId;
    private final PacketCodec codec;
    private final DatagramSink sink;
    private final CircuitSettings settings;
    private final Probe probe;
    private final Reliability reliability;
    private final PacedQueues paced;
    private final DropCounters drops;
    private final long[] pingSentNanos = new long[256];
    private long lastReceivedNanos;
    private int bytesSinceAckFlush;
    private long nextAckFlush;
    private long nextResendCheck;
    private long nextPing;
    private int nextPingId;
    private int watchedSequence = -1;
    private boolean watchedAcked;
    private final SendBudget budget;
    private long bytesIn;
    private long bytesOut;
    private boolean loggedHeld;
    private boolean loggedFull;

    /**
     * @param firstSequence our first sequence number ({@link rituals.server.config.IdSource#sequenceStart()})
     * @param openingBytes  the UseCircuitCode datagram that opened the circuit: the endpoint's first credit
     */
    public ServerCircuit(InetSocketAddress endpoint, UUID agentId, UUID sessionId, PacketCodec codec,
            DatagramSink sink, CircuitSettings settings, Probe probe, DropCounters drops, int firstSequence,
            int openingBytes, long now) {
        this.endpoint = endpoint;
        this.agentId = agentId;
        this.sessionId = sessionId;
        this.codec = codec;
        this.sink = sink;
        this.settings = settings;
        this.probe = probe;
        this.drops = drops;
        this.reliability = new Reliability(settings.reliability(), firstSequence);
        this.budget = new SendBudget(openingBytes, IMMEDIATE_ACK_BYTES, settings.maxQueued());
        this.paced = new PacedQueues(now, settings.maxQueued(), (out, at) -> transmit(out, at).size());
        this.lastReceivedNanos = now;
        this.nextAckFlush = now + settings.ackFlushMillis() * 1_000_000L;
        this.nextResendCheck = now + settings.resendCheckMillis() * 1_000_000L;
        this.nextPing = now + settings.pingIntervalMillis() * 1_000_000L;
        Arrays.fill(pingSentNanos, -1);
    }

    /**
     * OpenSim's answer to UseCircuitCode before anything is validated: an unreliable PacketAck with sequence 0, sent
     * outside any circuit's sequencing (LLUDPServer.SendAckImmediate).
     */
    public static void sendImmediateAck(PacketCodec codec, DatagramSink sink, InetSocketAddress to, int sequence,
            Probe probe) {
        Packet ack = Packet.of(0, PacketAck.of(List.of(sequence)), false, false);
        byte[] d = codec.encode(ack);
        if (probe.on()) {
            probe.emit(Channel.UDP, Verb.SEND, "PacketAck", d.length, PacketFacts.of(ack));
        }
        sink.send(to, d);
    }

    /** The probe scoped to this circuit: its events name the region, the circuit and the agent. */
    public Probe probe() {
        return probe;
    }

    public InetSocketAddress endpoint() {
        return endpoint;
    }

    public long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    /** Notes a datagram from this circuit's endpoint and decides what the caller does with it. */
    public Verdict receive(Packet packet, int size, long now) {
        lastReceivedNanos = now; // any datagram at all, even one that fails validation, as OpenSim
        bytesIn += size;
        bytesSinceAckFlush += size;
        budget.received(size);
        Message m = packet.message();
        AgentIds.Claim claim = AgentIds.of(m);
        if (claim != null && (!agentId.equals(claim.agentID()) || !sessionId.equals(claim.sessionID()))) {
            return Verdict.BAD_IDS;
        }
        for (int id : packet.acks()) {
            acked(id);
        }
        if (!reliability.received(packet.sequence(), packet.reliable())) {
            return Verdict.DUPLICATE;
        }
        if (probe.on()) {
            probe.emit(Channel.UDP, Verb.RECV, PacketFacts.name(m), size, PacketFacts.of(packet));
        }
        if (m instanceof PacketAck a) {
            for (PacketAck.Packets p : a.packets()) {
                acked((int) p.id());
            }
        }
        if (budget.proven() && budget.holding()) {
            release(now); // what waited for the proof, once the datagram that brought it is recorded
        }
        if (m instanceof PacketAck) {
            return Verdict.HANDLED;
        }
        if (m instanceof StartPingCheck p) {
            send(CompletePingCheck.of(p.pingID().pingID()), false, Category.UNTHROTTLED, now);
            return Verdict.HANDLED;
        }
        if (m instanceof CompletePingCheck p) {
            int id = p.pingID().pingID();
            if (pingSentNanos[id] >= 0) {
                reliability.rttSample(now - pingSentNanos[id]);
                pingSentNanos[id] = -1;
            }
            return Verdict.HANDLED;
        }
        return Verdict.ACCEPT;
    }

    private void acked(int sequence) {
        if (!reliability.acked(sequence)) {
            return;
        }
        if (sequence == watchedSequence) {
            watchedAcked = true;
        }
        // It was sent only to this endpoint and its number could not be guessed: the endpoint receives.
        budget.prove();
    }

    /**
     * Sends a message now ({@link Category#UNTHROTTLED}) or queues it behind its category's budget.
     *
     * @param facts extra probe facts only the sender knows (name/value pairs)
     * @return the sequence number used, or -1 when the message was queued
     */
    public int send(Message message, boolean reliable, Category category, long now, Object... facts) {
        Outgoing out = new Outgoing(message, reliable, facts);
        if (!paced.paced(category)) {
            return transmit(out, now).sequence();
        }
        if (!paced.offer(category, out, now)) {
            queueFull(PacketFacts.name(message), "throttle");
        }
        return -1;
    }

    private record Sent(int sequence, int size) {}

    private Sent transmit(Outgoing out, long now) {
        int sequence = reliability.nextSequence();
        Packet packet = Packet.of(sequence, out.message(), out.reliable(), zerocoded(codec, out.message()));
        byte[] d = codec.encode(packet);
        if (budget.admit(d.length)) {
            put(packet, d, out.facts(), now);
        } else {
            hold(new SendBudget.Held(packet, d, out.facts()));
        }
        return new Sent(sequence, d.length);
    }

    private void put(Packet packet, byte[] d, Object[] facts, long now) {
        // Recorded before the socket call, so the timeline never shows the peer's receipt ahead of our send.
        if (probe.on()) {
            probe.emit(Channel.UDP, Verb.SEND, PacketFacts.name(packet.message()), d.length,
                    PacketFacts.of(packet, facts));
        }
        sendDatagram(d);
        if (packet.reliable()) {
            reliability.sentReliable(packet.sequence(), d, PacketFacts.name(packet.message()), now);
        }
    }

    private void hold(SendBudget.Held h) {
        if (!loggedHeld) {
            loggedHeld = true; // every login holds a little until its first ack: worth a line only when debugging
            LOG.log(System.Logger.Level.DEBUG, "[LLUDPSERVER]: Holding datagrams for " + endpoint + " until it acks "
                    + "one: it sent " + budget.bytesIn() + " bytes and may be sent " + SendBudget.AMPLIFICATION
                    + " times that");
        }
        if (!budget.hold(h)) {
            queueFull(PacketFacts.name(h.packet().message()), "send budget");
        }
    }

    /** Sends what waits for the budget, in order, as far as the budget allows; all of it once proven. */
    private void release(long now) {
        for (SendBudget.Held h = budget.next(); h != null; h = budget.next()) {
            put(h.packet(), h.datagram(), h.facts(), now);
        }
    }

    /** A message that found its queue full: dropped, counted, probed; logged once per circuit. */
    private void queueFull(String name, String queue) {
        drops.count(DropReason.QUEUE_FULL);
        if (probe.on()) {
            probe.emit(Channel.UDP, Verb.DROP, DropReason.QUEUE_FULL.wire(), -1, "Endpoint", endpoint, "Detail",
                    name + ": " + settings.maxQueued() + " already wait for the " + queue);
        }
        if (!loggedFull) {
            loggedFull = true;
            LOG.log(System.Logger.Level.WARNING, "[LLUDPSERVER]: Dropping messages for " + endpoint + ": "
                    + settings.maxQueued() + " already wait for the " + queue);
        }
    }

    private static boolean zerocoded(PacketCodec codec, Message m) {
        return codec.catalog().info(m.getClass()).zerocoded();
    }

    /**
     * Encodes, once, a message that many circuits send unreliably and unthrottled (a broadcast): each circuit's
     * {@link #sendShared} then only stamps its own sequence number into a copy.
     */
    public static byte[] encodeShared(PacketCodec codec, Message message) {
        return codec.encode(Packet.of(0, message, false, zerocoded(codec, message)));
    }

    /**
     * Sends {@code encoded} ({@link #encodeShared} of {@code message}) now, unreliably, as
     * {@link Category#UNTHROTTLED} with this circuit's next sequence number.
     */
    public void sendShared(Message message, byte[] encoded) {
        int sequence = reliability.nextSequence();
        byte[] d = encoded.clone();
        // The sequence is the big-endian U32 after the flags byte; the header is never zero-coded.
        d[1] = (byte) (sequence >>> 24);
        d[2] = (byte) (sequence >>> 16);
        d[3] = (byte) (sequence >>> 8);
        d[4] = (byte) sequence;
        if (!budget.proven()) {
            Packet packet = Packet.of(sequence, message, false, zerocoded(codec, message));
            if (budget.admit(d.length)) {
                put(packet, d, NO_FACTS, 0);
            } else {
                hold(new SendBudget.Held(packet, d, NO_FACTS));
            }
            return;
        }
        if (probe.on()) {
            probe.emit(Channel.UDP, Verb.SEND, PacketFacts.name(message), d.length,
                    PacketFacts.of(Packet.of(sequence, message, false, zerocoded(codec, message))));
        }
        sendDatagram(d);
    }

    /** Messages waiting behind a throttle. */
    public int queued() {
        return paced.queued();
    }

    /** Applies the client's AgentThrottle (7 × F32 bits/s). */
    public void throttle(Bytes throttlesField) {
        paced.apply(throttlesField);
    }

    /** Bytes per second now allowed to a category (infinite for an unpaced one). */
    public double rate(Category category) {
        return paced.rate(category);
    }

    /** Remembers one reliable sequence (LogoutReply) so the caller can ask whether it was acked. */
    public void watchAck(int sequence) {
        watchedSequence = sequence;
        watchedAcked = false;
    }

    public boolean watchedAcked() {
        return watchedAcked;
    }

    /**
     * The circuit's housekeeping at {@code now}: paced queues, the ack flush, resends, the ping. Cheap when nothing
     * is due: a few comparisons.
     */
    public void tick(long now) {
        if (budget.holding()) {
            release(now); // the endpoint sent more since, or proved itself by a duplicate's acks
        }
        paced.tick(now);
        if (now - nextAckFlush >= 0 || bytesSinceAckFlush > settings.ackFlushBytes()) {
            flushAcks(now);
        }
        if (now - nextResendCheck >= 0) {
            nextResendCheck = now + settings.resendCheckMillis() * 1_000_000L;
            resend(now);
        }
        if (now - nextPing >= 0) {
            nextPing = now + settings.pingIntervalMillis() * 1_000_000L;
            int id = nextPingId;
            nextPingId = (nextPingId + 1) & 0xFF;
            pingSentNanos[id] = now;
            send(StartPingCheck.of(id, Integer.toUnsignedLong(reliability.oldestUnacked())), false,
                    Category.UNTHROTTLED, now);
        }
    }

    /** Sends every owed ack now, up to 255 per PacketAck. */
    public void flushAcks(long now) {
        nextAckFlush = now + settings.ackFlushMillis() * 1_000_000L;
        bytesSinceAckFlush = 0;
        while (reliability.pendingAckCount() > 0) {
            send(PacketAck.of(reliability.drainAcks(255)), false, Category.UNTHROTTLED, now);
        }
    }

    private void resend(long now) {
        for (Reliability.Unacked u : reliability.due(now)) {
            byte[] d = u.datagram();
            if (!budget.admitResend(d.length)) {
                continue;
            }
            // Recorded where SEND is, before the socket call, for the same reason.
            if (probe.on()) {
                probe.emit(Channel.UDP, Verb.RESEND, u.name(), d.length,
                        "Sequence", Integer.toUnsignedString(u.sequence()), "Attempt", u.resends());
            }
            sendDatagram(d);
        }
    }

    private void sendDatagram(byte[] d) {
        bytesOut += d.length;
        sink.send(endpoint, d);
    }

    public long rtoMillis() {
        return reliability.rtoMillis();
    }

    /** What the operator's console shows of this circuit: its traffic and health at this moment. */
    public Stats stats() {
        return new Stats(endpoint, reliability.smoothedRttMillis(), reliability.unackedCount(), reliability.resends(),
                bytesIn, bytesOut);
    }

    /**
     * A circuit's figures at one moment.
     *
     * @param rttMillis the smoothed ping round trip, or -1 before the first ping came back
     * @param unacked   reliable datagrams in flight
     * @param resends   datagrams sent again since the circuit opened
     * @param bytesIn   bytes received from the endpoint, every datagram counted
     * @param bytesOut  bytes sent to it, resends included
     */
    public record Stats(InetSocketAddress endpoint, double rttMillis, int unacked, long resends, long bytesIn,
            long bytesOut) {}

    /** Whether the endpoint has acked one of our reliable packets (it receives what it is sent). */
    public boolean proven() {
        return budget.proven();
    }

    /** Datagrams that had to wait for the unproven endpoint's budget, since the circuit opened. */
    public long heldTotal() {
        return budget.heldTotal();
    }

    /** Resends skipped because the unproven endpoint's budget was spent. */
    public long resendsWithheld() {
        return budget.resendsWithheld();
    }
}
