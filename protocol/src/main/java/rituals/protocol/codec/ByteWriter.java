package rituals.protocol.codec;

import java.util.Arrays;
import java.util.UUID;
import rituals.protocol.types.Bytes;

/** Writes LLUDP field encodings into a growable buffer; little-endian unless the method says otherwise. */
public final class ByteWriter {
    private byte[] buf;
    private int pos;

    public ByteWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    public int size() {
        return pos;
    }

    /** The live buffer: valid bytes are [0, size()). */
    public byte[] buffer() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    public void reset() {
        pos = 0;
    }

    private void room(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    public ByteWriter u8(int v) {
        room(1);
        buf[pos++] = (byte) v;
        return this;
    }

    public ByteWriter u16(int v) {
        room(2);
        buf[pos++] = (byte) v;
        buf[pos++] = (byte) (v >>> 8);
        return this;
    }

    public ByteWriter u16be(int v) {
        room(2);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public ByteWriter s32(int v) {
        room(4);
        buf[pos++] = (byte) v;
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 24);
        return this;
    }

    public ByteWriter u32be(int v) {
        room(4);
        buf[pos++] = (byte) (v >>> 24);
        buf[pos++] = (byte) (v >>> 16);
        buf[pos++] = (byte) (v >>> 8);
        buf[pos++] = (byte) v;
        return this;
    }

    public ByteWriter s64(long v) {
        s32((int) v);
        return s32((int) (v >>> 32));
    }

    public ByteWriter f32(float v) {
        return s32(Float.floatToRawIntBits(v));
    }

    public ByteWriter f64(double v) {
        return s64(Double.doubleToRawLongBits(v));
    }

    public ByteWriter uuid(UUID id) {
        room(16);
        long hi = id.getMostSignificantBits();
        long lo = id.getLeastSignificantBits();
        for (int i = 7; i >= 0; i--) {
            buf[pos + i] = (byte) hi;
            buf[pos + 8 + i] = (byte) lo;
            hi >>>= 8;
            lo >>>= 8;
        }
        pos += 16;
        return this;
    }

    public ByteWriter bytes(Bytes b) {
        room(b.length());
        b.copyTo(buf, pos);
        pos += b.length();
        return this;
    }

    public ByteWriter raw(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
        return this;
    }
}
