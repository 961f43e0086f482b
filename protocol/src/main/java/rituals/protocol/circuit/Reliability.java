package rituals.protocol.circuit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rituals.protocol.udp.Packet;

/**
 * The reliability state of one circuit direction pair: outgoing sequence numbers, reliable packets awaiting their
 * ack, the resend schedule, received sequence numbers for duplicate detection, and acks owed to the peer. Pure: time
 * is passed in (nanoseconds from an injected clock) and nothing here sends; the owner of the circuit does. Not
 * thread-safe: one thread owns each circuit.
 */
public final class Reliability {
    private final ReliabilitySettings settings;
    private int nextSequence;
    private final Map<Integer, Unacked> unacked = new LinkedHashMap<>();
    private final Set<Integer> seen = new HashSet<>();
    private final ArrayDeque<Integer> seenOrder = new ArrayDeque<>();
    private final List<Integer> pendingAcks = new ArrayList<>();
    private double smoothedRttMillis = -1;
    private long rtoNanos;
    private long resends;
    private long duplicates;
    private long givenUp;

    /** A reliable datagram in flight. */
    public static final class Unacked {
        private final int sequence;
        private final byte[] datagram;
        private final String name;
        private long lastSentNanos;
        private int resends;

        Unacked(int sequence, byte[] datagram, String name, long now) {
            this.sequence = sequence;
            this.datagram = datagram;
            this.name = name;
            this.lastSentNanos = now;
        }

        public int sequence() {
            return sequence;
        }

        /** The message's name, for logs and probes (so a resend need not be decoded to be named). */
        public String name() {
            return name;
        }

        /** The datagram to send again: the original bytes with the RESENT flag set. */
        public byte[] datagram() {
            return datagram;
        }

        public int resends() {
            return resends;
        }
    }

    /**
     * @param firstSequence the first sequence number this side sends (1 for OpenSim and LibreMetaverse; node-metaverse
     *                      starts at 0)
     */
    public Reliability(ReliabilitySettings settings, int firstSequence) {
        this.settings = settings;
        this.nextSequence = firstSequence;
        this.rtoNanos = settings.initialRtoMillis() * 1_000_000L;
    }

    /**
     * The next sequence number: an unsigned 32-bit counter that wraps from 0xFFFFFFFF past 0 to 1, since 0 is what
     * an out-of-circuit ack carries (OpenSim's ack of UseCircuitCode) and what StartPingCheck.OldestUnacked says when
     * nothing is in flight; LibreMetaverse's archive of received sequences would take a second 0 for a duplicate.
     */
    public int nextSequence() {
        int s = nextSequence++;
        if (nextSequence == 0) {
            nextSequence = 1;
        }
        return s;
    }

    /**
     * Records a reliable datagram just sent, carrying the message {@code name}, to be resent until acked. Past
     * {@code maxInFlight} the oldest in flight is given up (counted in {@link #givenUp()}).
     */
    public void sentReliable(int sequence, byte[] datagram, String name, long now) {
        byte[] copy = datagram.clone();
        copy[0] |= Packet.FLAG_RESENT; // a resend keeps its sequence number and says so
        unacked.put(sequence, new Unacked(sequence, copy, name, now));
        if (unacked.size() > settings.maxInFlight()) {
            Iterator<Unacked> oldest = unacked.values().iterator();
            oldest.next();
            oldest.remove();
            givenUp++;
        }
    }

    /** The peer acknowledged {@code sequence}; true when it was in flight. */
    public boolean acked(int sequence) {
        return unacked.remove(sequence) != null;
    }

    /**
     * The packets whose resend time has come, in the order they were first sent; each is counted as resent at
     * {@code now}. A packet waits the RTO before its first resend and twice as long before each next one (up to
     * {@code maxBackoffMillis}), so a peer that does not answer costs less and less. Packets past
     * {@code maxResends} are dropped and counted in {@link #givenUp()}.
     */
    public List<Unacked> due(long now) {
        if (unacked.isEmpty()) {
            return List.of();
        }
        long first = Math.max(rtoNanos, settings.minResendMillis() * 1_000_000L);
        long longest = Math.max(first, settings.maxBackoffMillis() * 1_000_000L);
        List<Unacked> out = List.of();
        Iterator<Unacked> it = unacked.values().iterator();
        while (it.hasNext()) {
            Unacked u = it.next();
            if (now - u.lastSentNanos < backoff(first, longest, u.resends)) {
                continue;
            }
            if (settings.maxResends() >= 0 && u.resends >= settings.maxResends()) {
                it.remove();
                givenUp++;
                continue;
            }
            u.resends++;
            u.lastSentNanos = now;
            resends++;
            if (out.isEmpty()) {
                out = new ArrayList<>();
            }
            out.add(u);
        }
        return out;
    }

    /** {@code first} doubled {@code resends} times, no longer than {@code longest}. */
    private static long backoff(long first, long longest, int resends) {
        return Math.min(longest, first << Math.min(resends, 20)); // a wait of seconds in ns, shifted 20: no overflow
    }

    /** The oldest sequence still awaiting an ack (StartPingCheck.OldestUnacked), or 0 when none. */
    public int oldestUnacked() {
        Iterator<Integer> it = unacked.keySet().iterator();
        return it.hasNext() ? it.next() : 0;
    }

    /**
     * Notes a received packet. A reliable one is owed an ack even when it is a duplicate (the peer's ack was lost);
     * returns false for a duplicate, which must not be processed again.
     */
    public boolean received(int sequence, boolean reliable) {
        if (!reliable) {
            return true;
        }
        pendingAcks.add(sequence);
        if (!seen.add(sequence)) {
            duplicates++;
            return false;
        }
        seenOrder.addLast(sequence);
        if (seenOrder.size() > settings.duplicateWindow()) {
            seen.remove(seenOrder.removeFirst());
        }
        return true;
    }

    public int pendingAckCount() {
        return pendingAcks.size();
    }

    /** Takes up to {@code max} owed acks, oldest first. */
    public List<Integer> drainAcks(int max) {
        int n = Math.min(max, pendingAcks.size());
        List<Integer> out = new ArrayList<>(pendingAcks.subList(0, n));
        pendingAcks.subList(0, n).clear();
        return out;
    }

    /** A ping round trip: smooths it as OpenSim does (0.8 old + 0.2 new) and sets RTO = clamp(5 × smoothed). */
    public void rttSample(long rttNanos) {
        double ms = rttNanos / 1e6;
        smoothedRttMillis = smoothedRttMillis < 0 ? ms : 0.8 * smoothedRttMillis + 0.2 * ms;
        long rtoMillis = Math.max(settings.minRtoMillis(), Math.min(settings.maxRtoMillis(),
                Math.round(5 * smoothedRttMillis)));
        rtoNanos = rtoMillis * 1_000_000L;
    }

    public long rtoMillis() {
        return rtoNanos / 1_000_000L;
    }

    /** The smoothed ping round trip in milliseconds, or -1 before the first ping came back. */
    public double smoothedRttMillis() {
        return smoothedRttMillis;
    }

    /** Reliable datagrams sent and not yet acked (nor given up). */
    public int unackedCount() {
        return unacked.size();
    }

    public long resends() {
        return resends;
    }

    public long duplicates() {
        return duplicates;
    }

    public long givenUp() {
        return givenUp;
    }
}
