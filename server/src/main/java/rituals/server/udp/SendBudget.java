package rituals.server.udp;

import java.util.ArrayDeque;
import rituals.protocol.udp.Packet;

/**
 * QUIC's anti-amplification rule for one circuit. UseCircuitCode may come from any address, a victim's spoofed one
 * included, so until the endpoint proves that it receives what it is sent (it acks one of our reliable packets,
 * whose sequence numbers start at a random value) it is sent at most {@link #AMPLIFICATION} times the bytes it sent.
 * What exceeds that waits here, in sequence order, and goes as the endpoint sends more or all at once when it proves
 * itself. Once proven, each check is one field read.
 */
final class SendBudget {
    /** Bytes an unproven endpoint may be sent per byte it sent. */
    static final int AMPLIFICATION = 3;

    /** A datagram encoded, sequence given, that waits for the budget. */
    record Held(Packet packet, byte[] datagram, Object[] facts) {}

    private final int maxHeld;
    private boolean proven;
    private long bytesIn;
    private long bytesOut;
    /** Null until first needed and again once proven. */
    private ArrayDeque<Held> held;
    private long heldTotal;
    private long resendsWithheld;

    /**
     * @param openingBytes the UseCircuitCode datagram that opened the circuit
     * @param ackBytes     the ack sent for it before the circuit existed
     * @param maxHeld      datagrams that may wait; {@link #hold} refuses more
     */
    SendBudget(int openingBytes, int ackBytes, int maxHeld) {
        this.bytesIn = openingBytes;
        this.bytesOut = ackBytes;
        this.maxHeld = maxHeld;
    }

    boolean proven() {
        return proven;
    }

    /** The endpoint acked a reliable packet of ours: it receives what it is sent. */
    void prove() {
        proven = true;
    }

    void received(int size) {
        if (!proven) {
            bytesIn += size;
        }
    }

    /** Whether a new datagram of {@code size} bytes may go now, behind nothing held; if so it is charged. */
    boolean admit(int size) {
        if (proven) {
            return true;
        }
        if ((held != null && !held.isEmpty()) || !affords(size)) {
            return false;
        }
        bytesOut += size;
        return true;
    }

    /** Whether a resend of {@code size} bytes may go now; if so it is charged, if not it is counted. */
    boolean admitResend(int size) {
        if (proven) {
            return true;
        }
        if (!affords(size)) {
            resendsWithheld++; // the back-off goes on: it is due again later, perhaps within budget
            return false;
        }
        bytesOut += size;
        return true;
    }

    private boolean affords(int size) {
        return bytesOut + size <= AMPLIFICATION * bytesIn;
    }

    /** Keeps a datagram {@link #admit} refused; false when {@code maxHeld} already wait (the caller drops it). */
    boolean hold(Held h) {
        if (held == null) {
            held = new ArrayDeque<>();
        }
        if (held.size() >= maxHeld) {
            return false;
        }
        held.add(h);
        heldTotal++;
        return true;
    }

    boolean holding() {
        return held != null && !held.isEmpty();
    }

    /** The oldest held datagram if it may go now (charged), else null; all of them once proven. */
    Held next() {
        if (held == null) {
            return null;
        }
        Held h = held.peek();
        if (h == null || !(proven || affords(h.datagram().length))) {
            if (proven) {
                held = null; // never needed again
            }
            return null;
        }
        held.poll();
        if (!proven) {
            bytesOut += h.datagram().length;
        }
        return h;
    }

    long bytesIn() {
        return bytesIn;
    }

    long heldTotal() {
        return heldTotal;
    }

    long resendsWithheld() {
        return resendsWithheld;
    }
}
