package rituals.protocol.terrain;

import rituals.protocol.DecodeException;

/**
 * Reads a LayerData bit stream by the BitPack rule (the mirror of {@link BitWriter}). Running past the end is a
 * {@link DecodeException} naming the LayerData Data field, the byte offset, and what was being read.
 */
public final class BitReader {
    private final byte[] data;
    private final int bitLimit;
    private int bitPosition;

    /** Reads {@code data} in place, without copying it (a reader never writes): it must not change meanwhile. */
    public BitReader(byte[] data) {
        this.data = data;
        this.bitLimit = data.length * 8;
    }

    /**
     * Reads {@code count} bits (0 ≤ count ≤ 32) packed by the BitPack rule; {@code what} names the item for the error
     * message should the data run out.
     */
    public int readBits(int count, String what) {
        if (count < 0 || count > 32) {
            throw new IllegalArgumentException("bit count must be 0..32, was " + count);
        }
        if (count > bitLimit - bitPosition) {
            throw failure("ran out of data reading " + what + " (" + count + " bits at bit " + bitPosition + " of "
                    + bitLimit + ")");
        }
        int value = 0;
        int shift = 0;
        int remaining = count;
        while (remaining > 0) {
            int take = Math.min(8, remaining);
            value |= readRun(take) << shift;
            shift += 8;
            remaining -= take;
        }
        return value;
    }

    /** The next {@code width} (1..8) bits as a big-endian number; the caller has checked they exist. */
    private int readRun(int width) {
        int index = bitPosition >>> 3;
        int pair = (data[index] & 0xFF) << 8 | (index + 1 < data.length ? data[index + 1] & 0xFF : 0);
        int run = (pair >>> (16 - (bitPosition & 7) - width)) & ((1 << width) - 1);
        bitPosition += width;
        return run;
    }

    /** Reads one bit (the commonest read in a patch body). */
    public boolean readBit(String what) {
        return readBits(1, what) != 0;
    }

    /** Reads a float stored as four little-endian IEEE-754 bytes. */
    public float readFloat(String what) {
        return Float.intBitsToFloat(readBits(32, what));
    }

    /** Bits consumed so far. */
    public int bitPosition() {
        return bitPosition;
    }

    /** A decode failure at the current position, attributed to LayerData.Data. */
    public DecodeException failure(String reason) {
        return new DecodeException("LayerData", "LayerData", "Data", bitPosition >>> 3, reason);
    }
}
