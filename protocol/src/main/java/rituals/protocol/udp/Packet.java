package rituals.protocol.udp;

import java.util.List;
import rituals.protocol.message.Message;

/**
 * One LLUDP datagram, decoded: header flags, the big-endian sequence number, the message, and any acks appended to it.
 *
 * @param zerocoded on a decoded packet, whether the datagram was zero-coded; on one to send, whether to try
 * @param sequence  the 32-bit sequence number (treat as unsigned)
 * @param acks      sequence numbers appended after the body (never zero-coded, big-endian on the wire)
 */
public record Packet(boolean reliable, boolean resent, boolean zerocoded, int sequence, Message message,
        List<Integer> acks) {
    public static final int FLAG_ZEROCODED = 0x80;
    public static final int FLAG_RELIABLE = 0x40;
    public static final int FLAG_RESENT = 0x20;
    public static final int FLAG_ACKS = 0x10;

    public Packet {
        acks = List.copyOf(acks);
    }

    public static Packet of(int sequence, Message message, boolean reliable, boolean zerocoded) {
        return new Packet(reliable, false, zerocoded, sequence, message, List.of());
    }

    public Packet withAcks(List<Integer> appended) {
        return new Packet(reliable, resent, zerocoded, sequence, message, appended);
    }

    public Packet asResent() {
        return new Packet(reliable, true, zerocoded, sequence, message, acks);
    }

    /** The header flag byte this packet asks for (zero-coding may still be dropped when it would not shrink). */
    public int flags() {
        return (zerocoded ? FLAG_ZEROCODED : 0) | (reliable ? FLAG_RELIABLE : 0) | (resent ? FLAG_RESENT : 0)
                | (acks.isEmpty() ? 0 : FLAG_ACKS);
    }
}
