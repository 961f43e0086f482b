package rituals.protocol.udp;

import java.util.Arrays;
import java.util.List;
import rituals.protocol.DecodeException;
import rituals.protocol.codec.ByteReader;
import rituals.protocol.codec.ByteWriter;
import rituals.protocol.message.Frequency;
import rituals.protocol.message.Message;
import rituals.protocol.message.MessageCatalog;
import rituals.protocol.message.MessageInfo;
import rituals.protocol.message.UnknownMessage;
import rituals.protocol.types.Bytes;

/**
 * Datagrams ⇄ {@link Packet}s: the 6-byte header (flags, big-endian sequence, extra-header length), zero-coding of
 * everything after the header, the 1/2/4-byte message number, the body, and appended acks read backwards from the
 * end. Decoding throws only {@link DecodeException}; an undeclared message number decodes to {@link UnknownMessage}.
 */
public final class PacketCodec {
    /** Largest datagram we send: LibreMetaverse's MTU and OpenSim's MAXPAYLOAD. */
    public static final int MAX_DATAGRAM = 1200;
    /** OpenSim drops anything shorter than a header plus a one-byte message number. */
    public static final int MIN_DATAGRAM = 7;
    private static final int HEADER = 6;

    private final MessageCodec messages;

    public PacketCodec(MessageCatalog catalog) {
        this.messages = new MessageCodec(catalog);
    }

    public MessageCatalog catalog() {
        return messages.catalog();
    }

    public Packet decode(byte[] datagram) {
        return decode(datagram, 0, datagram.length);
    }

    public Packet decode(byte[] d, int off, int len) {
        int end = off + len - appendedAckBytes(d, off, len);
        int flags = d[off] & 0xFF;
        List<Integer> acks = List.of();
        if ((flags & Packet.FLAG_ACKS) != 0) {
            int count = d[off + len - 1] & 0xFF;
            Integer[] ids = new Integer[count];
            for (int i = 0; i < count; i++) {
                ids[i] = readU32(d, end + i * 4);
            }
            acks = List.of(ids);
        }
        Message message = decodePayload(d, off, end, null);
        return new Packet((flags & Packet.FLAG_RELIABLE) != 0, (flags & Packet.FLAG_RESENT) != 0,
                (flags & Packet.FLAG_ZEROCODED) != 0, readU32(d, off + 1), message, acks);
    }

    /**
     * How many bytes at the end of a datagram are appended acks (their ids and the count byte); 0 without the flag.
     *
     * @throws DecodeException when the datagram is shorter than {@link #MIN_DATAGRAM} or its ack count overruns it
     */
    static int appendedAckBytes(byte[] d, int off, int len) {
        if (len < MIN_DATAGRAM) {
            throw new DecodeException("?", "header", "-", 0, "datagram of " + len + " bytes is shorter than the "
                    + MIN_DATAGRAM + "-byte minimum");
        }
        if ((d[off] & Packet.FLAG_ACKS) == 0) {
            return 0;
        }
        int count = d[off + len - 1] & 0xFF;
        int ackBytes = count * 4 + 1;
        if (len - HEADER - ackBytes < 1) {
            throw new DecodeException("?", "appended acks", "count", len - 1, count + " appended acks need "
                    + ackBytes + " bytes but the datagram has only " + (len - HEADER) + " after its header");
        }
        return ackBytes;
    }

    static int readU32(byte[] d, int p) {
        return (d[p] & 0xFF) << 24 | (d[p + 1] & 0xFF) << 16 | (d[p + 2] & 0xFF) << 8 | (d[p + 3] & 0xFF);
    }

    /**
     * Decodes what lies between the 6-byte header at {@code off} and {@code end} (where appended acks begin):
     * zero-expands it when flagged, skips the extra header, reads the message number and body. When {@code view} is
     * given, it learns how many bytes the body left unread.
     */
    Message decodePayload(byte[] d, int off, int end, DatagramView view) {
        int flags = d[off] & 0xFF;
        int extra = d[off + 5] & 0xFF;
        byte[] payload = d;
        int p = off + HEADER;
        int payloadEnd = end;
        int reportBase = HEADER;
        if ((flags & Packet.FLAG_ZEROCODED) != 0) {
            payload = ZeroCoder.decode(d, p, end - p, HEADER);
            p = 0;
            payloadEnd = payload.length;
            reportBase = 0;
        }
        if (payloadEnd - p < extra + 1) {
            throw new DecodeException("?", "header", "extra", 5, "extra header of " + extra + " bytes leaves no message "
                    + "number");
        }
        p += extra;
        return decodeMessage(payload, p, payloadEnd, reportBase, view);
    }

    private Message decodeMessage(byte[] b, int p, int end, int reportBase, DatagramView view) {
        Frequency frequency;
        int number;
        int available = end - p;
        if ((b[p] & 0xFF) != 0xFF) {
            frequency = Frequency.HIGH;
            number = b[p] & 0xFF;
        } else if (available >= 2 && (b[p + 1] & 0xFF) != 0xFF) {
            frequency = Frequency.MEDIUM;
            number = b[p + 1] & 0xFF;
        } else if (available >= 4 && (b[p + 2] & 0xFF) != 0xFF) {
            frequency = Frequency.LOW;
            number = (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
        } else if (available >= 4) {
            frequency = Frequency.FIXED;
            number = 0xFFFFFF00 | (b[p + 3] & 0xFF);
        } else {
            throw new DecodeException("?", "header", "message number", reportBase + p, "message number is cut off after "
                    + available + " byte" + (available == 1 ? "" : "s"));
        }
        int bodyStart = p + frequency.idLength();
        MessageInfo info = messages.catalog().lookup(frequency, number);
        if (info == null) {
            if (view != null) {
                view.trailingBytes = 0; // an unknown message's body is all it has
            }
            return new UnknownMessage(frequency, number, Bytes.of(b, bodyStart, end - bodyStart));
        }
        ByteReader in = new ByteReader(b, bodyStart, end - bodyStart);
        Message message = messages.decodeBody(info, in);
        if (view != null) {
            view.trailingBytes = in.remaining();
        }
        return message;
    }

    public byte[] encode(Packet packet) {
        return encode(packet, ZeroCodePolicy.WHEN_SHORTER);
    }

    /**
     * Encodes a packet. Fails with {@link IllegalArgumentException} when the datagram would exceed
     * {@link #MAX_DATAGRAM}: callers split their messages (and append fewer acks) before that.
     */
    public byte[] encode(Packet packet, ZeroCodePolicy policy) {
        ByteWriter body = new ByteWriter(128);
        messages.encode(packet.message(), body);
        byte[] raw = body.buffer();
        int rawLen = body.size();
        boolean zero = false;
        int codedLen = rawLen;
        if (packet.zerocoded()) {
            codedLen = ZeroCoder.encodedLength(raw, 0, rawLen);
            zero = policy == ZeroCodePolicy.AS_FLAGGED || codedLen < rawLen;
        }
        List<Integer> acks = packet.acks();
        int total = HEADER + (zero ? codedLen : rawLen) + (acks.isEmpty() ? 0 : acks.size() * 4 + 1);
        if (total > MAX_DATAGRAM) {
            throw new IllegalArgumentException(PacketFacts.name(packet.message()) + " datagram of " + total
                    + " bytes exceeds the " + MAX_DATAGRAM + "-byte limit");
        }
        if (acks.size() > 255) {
            throw new IllegalArgumentException("at most 255 appended acks, given " + acks.size());
        }
        byte[] out = new byte[total];
        out[0] = (byte) ((packet.flags() & ~Packet.FLAG_ZEROCODED) | (zero ? Packet.FLAG_ZEROCODED : 0));
        int s = packet.sequence();
        out[1] = (byte) (s >>> 24);
        out[2] = (byte) (s >>> 16);
        out[3] = (byte) (s >>> 8);
        out[4] = (byte) s;
        out[5] = 0;
        int p = HEADER;
        if (zero) {
            p += ZeroCoder.encode(raw, 0, rawLen, out, p);
        } else {
            System.arraycopy(raw, 0, out, p, rawLen);
            p += rawLen;
        }
        if (!acks.isEmpty()) {
            writeAcks(out, p, acks);
        }
        return out;
    }

    /**
     * The datagram with {@code acks} appended: nothing but the flag byte and the tail changes (appended acks are
     * never zero-coded), so a sender piggybacking its owed acks need not encode the message again.
     *
     * @throws IllegalArgumentException when the datagram already carries acks, or the result would exceed
     *                                  {@link #MAX_DATAGRAM}
     */
    public static byte[] withAcks(byte[] datagram, List<Integer> acks) {
        if ((datagram[0] & Packet.FLAG_ACKS) != 0) {
            throw new IllegalArgumentException("the datagram already carries appended acks");
        }
        if (acks.isEmpty()) {
            return datagram;
        }
        if (acks.size() > 255 || datagram.length + acks.size() * 4 + 1 > MAX_DATAGRAM) {
            throw new IllegalArgumentException(acks.size() + " appended acks do not fit a datagram of "
                    + datagram.length + " bytes");
        }
        byte[] out = Arrays.copyOf(datagram, datagram.length + acks.size() * 4 + 1);
        out[0] |= Packet.FLAG_ACKS;
        writeAcks(out, datagram.length, acks);
        return out;
    }

    /** Big-endian ids, then their count as the last byte. */
    private static void writeAcks(byte[] out, int p, List<Integer> acks) {
        for (int id : acks) {
            out[p++] = (byte) (id >>> 24);
            out[p++] = (byte) (id >>> 16);
            out[p++] = (byte) (id >>> 8);
            out[p++] = (byte) id;
        }
        out[p] = (byte) acks.size();
    }
}
