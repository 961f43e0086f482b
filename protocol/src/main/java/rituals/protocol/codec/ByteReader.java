package rituals.protocol.codec;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import rituals.protocol.DecodeException;
import rituals.protocol.types.Bytes;

/**
 * Reads LLUDP field encodings from a byte range: little-endian numbers, with the big-endian exceptions named as such.
 * Running past the end throws {@link DecodeException} with the offset; the codecs above fill in message, block and
 * field as the exception travels out.
 */
public final class ByteReader {
    private final byte[] buf;
    private final int start;
    private final int limit;
    private int pos;

    public ByteReader(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.start = offset;
        this.pos = offset;
        this.limit = offset + length;
    }

    /** Offset from the start of this reader's range. */
    public int offset() {
        return pos - start;
    }

    public int remaining() {
        return limit - pos;
    }

    private void need(int n) {
        if (limit - pos < n) {
            throw new DecodeException("?", "?", "?", offset(),
                    "needs " + n + " byte" + (n == 1 ? "" : "s") + " but only " + (limit - pos) + " remain");
        }
    }

    public int u8() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    public int u16() {
        need(2);
        int v = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8;
        pos += 2;
        return v;
    }

    public int u16be() {
        need(2);
        int v = (buf[pos] & 0xFF) << 8 | (buf[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    public int s32() {
        need(4);
        int v = (buf[pos] & 0xFF) | (buf[pos + 1] & 0xFF) << 8 | (buf[pos + 2] & 0xFF) << 16 | (buf[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    public long u32() {
        return s32() & 0xFFFFFFFFL;
    }

    public long s64() {
        need(8);
        long lo = u32();
        long hi = u32();
        return lo | hi << 32;
    }

    public float f32() {
        return Float.intBitsToFloat(s32());
    }

    public double f64() {
        return Double.longBitsToDouble(s64());
    }

    /** LLUUID: 16 bytes in textual order, i.e. big-endian halves. */
    public UUID uuid() {
        need(16);
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (buf[pos + i] & 0xFF);
            lo = lo << 8 | (buf[pos + 8 + i] & 0xFF);
        }
        pos += 16;
        return new UUID(hi, lo);
    }

    public Bytes bytes(int n) {
        need(n);
        Bytes b = Bytes.of(buf, pos, n);
        pos += n;
        return b;
    }

    public byte[] raw(int n) {
        need(n);
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        return b;
    }

    /** A Variable string: UTF-8 whose trailing NUL, when present, is part of the length but not of the text. */
    public String text(int n) {
        need(n);
        int len = n > 0 && buf[pos + n - 1] == 0 ? n - 1 : n;
        String s = new String(buf, pos, len, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }
}
