package rituals.protocol.udp;

import java.util.Arrays;
import rituals.protocol.DecodeException;
import rituals.protocol.message.Message;
import rituals.protocol.types.Bytes;

/**
 * A datagram read in place, for a relay that forwards it byte for byte while reading it. Unlike {@link Packet}, which
 * keeps what the codec needs and re-encodes with an empty extra header, the view keeps everything as sent: the flag
 * byte, the sequence, the extra-header bytes, the (zero-coded) payload and the appended acks are all the original
 * bytes, and {@link #copy()} gives them back unchanged. Decoding the message ({@link #message}) also tells how many
 * bytes followed the message body ({@link #trailingBytes()}), which {@link PacketCodec#decode} ignores.
 *
 * <p>{@link #wrap} only checks the framing (length and appended-ack count); the message is decoded on demand, and
 * nothing but the message (and the zero-expanded payload of a zero-coded datagram) is allocated for it. A view can be
 * re-pointed at the next datagram with {@link #wrap}, so a receive loop needs one. It reads the caller's array without
 * copying it: the caller must not change those bytes while the view is in use. Not thread-safe.
 */
public final class DatagramView {
    private static final int HEADER = 6;
    private static final int NOT_DECODED = -1;
    /** What a view reads before its first {@link #wrap}: an all-zero minimal datagram, shared. */
    private static final byte[] BLANK = new byte[PacketCodec.MIN_DATAGRAM];

    private byte[] buf = BLANK;
    private int off;
    private int len = BLANK.length;
    /** Where the appended acks begin (the end of the payload). */
    private int acksAt = BLANK.length;
    /** Set by {@link PacketCodec} as it decodes the message. */
    int trailingBytes = NOT_DECODED;

    /** A view to {@link #wrap} datagrams with, one after another. */
    public DatagramView() {}

    /** A view of a whole array. @throws DecodeException as {@link #wrap} */
    public static DatagramView of(byte[] datagram) {
        return new DatagramView().wrap(datagram, 0, datagram.length);
    }

    /**
     * Points this view at a datagram.
     *
     * @throws DecodeException when the datagram is shorter than {@link PacketCodec#MIN_DATAGRAM}, or its ack count
     *                         claims more bytes than it has
     */
    public DatagramView wrap(byte[] datagram, int offset, int length) {
        int ackBytes = PacketCodec.appendedAckBytes(datagram, offset, length);
        this.buf = datagram;
        this.off = offset;
        this.len = length;
        this.acksAt = offset + length - ackBytes;
        this.trailingBytes = NOT_DECODED;
        return this;
    }

    /** The flag byte as sent, unused bits included. */
    public int flags() {
        return buf[off] & 0xFF;
    }

    public boolean reliable() {
        return (flags() & Packet.FLAG_RELIABLE) != 0;
    }

    public boolean resent() {
        return (flags() & Packet.FLAG_RESENT) != 0;
    }

    public boolean zerocoded() {
        return (flags() & Packet.FLAG_ZEROCODED) != 0;
    }

    /** The 32-bit sequence number (treat as unsigned). */
    public int sequence() {
        return PacketCodec.readU32(buf, off + 1);
    }

    /** The datagram's length in bytes. */
    public int length() {
        return len;
    }

    /** The extra-header length byte as sent. */
    public int extraHeaderLength() {
        return buf[off + 5] & 0xFF;
    }

    /**
     * The extra-header bytes. Zero-coding covers them, so for a zero-coded datagram these are the expanded bytes.
     *
     * @throws DecodeException when the payload is shorter than the extra header claims
     */
    public Bytes extraHeader() {
        int extra = extraHeaderLength();
        byte[] payload = zerocoded() ? ZeroCoder.decode(buf, off + HEADER, acksAt - off - HEADER, HEADER)
                : Arrays.copyOfRange(buf, off + HEADER, acksAt);
        if (payload.length < extra) {
            throw new DecodeException("?", "header", "extra", 5, "extra header of " + extra + " bytes is longer than "
                    + "the " + payload.length + "-byte payload");
        }
        return Bytes.of(payload, 0, extra);
    }

    /** Everything between the header and the appended acks, as sent (still zero-coded when flagged). */
    public Bytes payload() {
        return Bytes.of(buf, off + HEADER, acksAt - off - HEADER);
    }

    /** How many acks are appended. */
    public int ackCount() {
        return acksAt == off + len ? 0 : buf[off + len - 1] & 0xFF;
    }

    /** The {@code i}th appended ack. */
    public int ack(int i) {
        if (i < 0 || i >= ackCount()) {
            throw new IndexOutOfBoundsException("ack " + i + " of " + ackCount());
        }
        return PacketCodec.readU32(buf, acksAt + 4 * i);
    }

    /** The appended acks' bytes as sent: the ids and the count byte (empty without the flag). */
    public Bytes appendedAcks() {
        return Bytes.of(buf, acksAt, off + len - acksAt);
    }

    /** The datagram, byte for byte. */
    public byte[] copy() {
        return Arrays.copyOfRange(buf, off, off + len);
    }

    /** Copies the datagram, byte for byte, into {@code dest} at {@code pos}. */
    public void copyTo(byte[] dest, int pos) {
        System.arraycopy(buf, off, dest, pos, len);
    }

    /**
     * Decodes the message as {@link PacketCodec#decode} does (an undeclared number gives an
     * {@link rituals.protocol.message.UnknownMessage}).
     *
     * @throws DecodeException as {@link PacketCodec#decode}
     */
    public Message message(PacketCodec codec) {
        return codec.decodePayload(buf, off, acksAt, this);
    }

    /**
     * How many bytes followed the message body in the last {@link #message} call: 0 for a body that ended exactly
     * where the payload did. Peers send none; a count here is a sign of a newer template or a wrong one.
     *
     * @throws IllegalStateException before the message was decoded
     */
    public int trailingBytes() {
        if (trailingBytes == NOT_DECODED) {
            throw new IllegalStateException("decode the message first");
        }
        return trailingBytes;
    }
}
