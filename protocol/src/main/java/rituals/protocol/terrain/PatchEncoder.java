package rituals.protocol.terrain;

import static rituals.protocol.terrain.PatchTables.N;
import static rituals.protocol.terrain.PatchTables.POINTS;
import static rituals.protocol.terrain.PatchTables.QUANTIZE;
import static rituals.protocol.terrain.PatchTables.ZIGZAG;

/**
 * Compresses one patch the way OpenSim's {@code OpenSimTerrainCompressor.CreatePatchFromTerrainData} does: prequant
 * 10, DC offset = the lowest value, Range = {@code (int)(max − min + 1)}, DCT, quantise by {@code 1 + 2(i+j)} with
 * truncation, word bits grown from 5 until every coefficient fits, and a short form for flat patches. Not
 * byte-identical to OpenSim: its Ooura DCT rounds differently, which can move a truncated coefficient by one.
 *
 * <p>Not thread-safe: holds scratch buffers. One encoder per call of the public codec.
 */
final class PatchEncoder {
    static final int PREQUANT = 10;
    private static final int ZERO = 0b0;
    private static final int END_OF_BLOCK = 0b10;
    private static final int POSITIVE = 0b110;
    private static final int NEGATIVE = 0b111;

    private final float[] block = new float[POINTS];
    private final float[] transformed = new float[POINTS];
    private final float[] scratch = new float[POINTS];
    private final int[] coefficients = new int[POINTS];

    /**
     * Appends patch (x, y) whose value at column c, row r is {@code source[offset + r*rowStride + c]}.
     *
     * @throws IllegalArgumentException if a value is not finite, or the patch's range exceeds what 16 bits can say
     */
    void encode(BitWriter out, float[] source, int offset, int rowStride, int x, int y, LayerType type) {
        float zmin = Float.MAX_VALUE;
        float zmax = -Float.MAX_VALUE;
        for (int r = 0; r < N; r++) {
            int row = offset + r * rowStride;
            for (int c = 0; c < N; c++) {
                float value = source[row + c];
                if (!Float.isFinite(value)) {
                    throw new IllegalArgumentException("patch (" + x + "," + y + ") holds a non-finite value at ("
                            + c + "," + r + ")");
                }
                zmin = Math.min(zmin, value);
                zmax = Math.max(zmax, value);
            }
        }
        float floatRange = (zmax - zmin) + 1.0f;
        int patchId = type.extended() ? (x << 16) | (y & 0xFFFF) : (x << 5) | (y & 0x1F);

        // OpenSim's test is Math.Round(frange, 2) == 1.0 (round half to even, like rint)
        if (Math.rint(floatRange * 100.0) == 100.0) {
            // flat: nothing but the DC term, expressed so that the decoder's +Range/2 lands exactly on zmin
            out.writeBits(0, 8);
            out.writeFloat(zmin - 0.5f);
            out.writeBits(1, 16);
            out.writeBits(patchId, type.patchIdBits());
            out.writeBits(END_OF_BLOCK, 2);
            return;
        }
        if (floatRange > 0xFFFF) {
            throw new IllegalArgumentException("patch (" + x + "," + y + ") spans " + (zmax - zmin)
                    + " m; a LayerData Range field holds at most 65535");
        }
        int range = (int) floatRange;
        int wordBits = quantise(source, offset, rowStride, zmin, range);

        out.writeBits(0x80 | (wordBits - 2), 8); // high nibble 8 = prequant 10 − 2
        out.writeFloat(zmin);
        out.writeBits(range, 16);
        out.writeBits(patchId, type.patchIdBits());
        writeCoefficients(out, wordBits);
    }

    /** Fills {@link #coefficients} in zig-zag order and returns the word bits they need. */
    private int quantise(float[] source, int offset, int rowStride, float zmin, int range) {
        float premult = (1.0f / range) * (1 << PREQUANT);
        float sub = 0.5f * range + zmin;
        for (int r = 0; r < N; r++) {
            int row = offset + r * rowStride;
            for (int c = 0; c < N; c++) {
                block[r * N + c] = (source[row + c] - sub) * premult;
            }
        }
        PatchDct.forward(block, transformed, scratch);
        int largest = 0;
        for (int k = 0; k < POINTS; k++) {
            int q = (int) (transformed[k] * QUANTIZE[k]);
            coefficients[ZIGZAG[k]] = q;
            largest = Math.max(largest, Math.abs(q));
        }
        // OpenSim grows while some |q| > 2^bits (so |q| == 2^bits is later clamped to 2^bits − 1), capped at 17
        int bits = PREQUANT >> 1;
        while (largest > (1 << bits) && bits < 17) {
            bits++;
        }
        return Math.max(2, Math.min(17, bits));
    }

    private void writeCoefficients(BitWriter out, int wordBits) {
        int last = POINTS - 1;
        while (last >= 0 && coefficients[last] == 0) {
            last--;
        }
        int largestMagnitude = (1 << wordBits) - 1;
        for (int k = 0; k < POINTS; k++) {
            int q = coefficients[k];
            if (q == 0) {
                if (k > last) {
                    out.writeBits(END_OF_BLOCK, 2);
                    return; // a patch whose last coefficient is non-zero ends without EOB, as in OpenSim
                }
                out.writeBits(ZERO, 1);
            } else {
                out.writeBits(q < 0 ? NEGATIVE : POSITIVE, 3);
                out.writeBits(Math.min(Math.abs(q), largestMagnitude), wordBits);
            }
        }
    }
}
