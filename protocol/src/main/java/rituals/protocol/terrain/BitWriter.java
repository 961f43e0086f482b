package rituals.protocol.terrain;

import java.util.Arrays;

/**
 * Writes values into a bit stream by libomv's BitPack rule, the packing LayerData uses.
 *
 * <p>An n-bit value is split into its little-endian bytes; each byte in turn contributes its {@code min(8,
 * remaining)} low bits, most significant of those first. The stream fills each byte from bit 7 down, and unused
 * bits of the last byte stay 0 (OpenSim's BitPack zeroes every fresh byte, so its pad bits are 0 too). So the 16-bit
 * value 264 becomes {@code 08 01}, and a 10-bit value is its low byte followed by its bits 9..8.
 */
public final class BitWriter {
    private byte[] buffer;
    private int bitLength;

    public BitWriter() {
        this(64);
    }

    public BitWriter(int initialBytes) {
        buffer = new byte[Math.max(1, initialBytes)];
    }

    /** Appends the low {@code count} bits of {@code value} (0 ≤ count ≤ 32) by the BitPack rule. */
    public void writeBits(int value, int count) {
        if (count < 0 || count > 32) {
            throw new IllegalArgumentException("bit count must be 0..32, was " + count);
        }
        ensureCapacity(count);
        int remaining = count;
        int shifted = value;
        while (remaining > 0) {
            int take = Math.min(8, remaining);
            int chunk = shifted & 0xFF;
            // the chunk's low `take` bits, most significant first
            for (int bit = take - 1; bit >= 0; bit--) {
                if (((chunk >>> bit) & 1) != 0) {
                    buffer[bitLength >>> 3] |= (byte) (0x80 >>> (bitLength & 7));
                }
                bitLength++;
            }
            shifted >>>= 8;
            remaining -= take;
        }
    }

    /** Appends a float as its four little-endian IEEE-754 bytes (32 bits by the BitPack rule). */
    public void writeFloat(float value) {
        writeBits(Float.floatToRawIntBits(value), 32);
    }

    /** Bits written so far. */
    public int bitLength() {
        return bitLength;
    }

    /** Bytes the stream occupies so far, counting a partly filled last byte. */
    public int byteLength() {
        return (bitLength + 7) >>> 3;
    }

    /** The stream so far, the last byte padded with 0 bits. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, byteLength());
    }

    private void ensureCapacity(int extraBits) {
        int neededBytes = (bitLength + extraBits + 7) >>> 3;
        if (neededBytes > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(neededBytes, buffer.length * 2));
        }
    }
}
