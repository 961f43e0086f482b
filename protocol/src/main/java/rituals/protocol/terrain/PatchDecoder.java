package rituals.protocol.terrain;

import static rituals.protocol.terrain.PatchTables.DEQUANTIZE;
import static rituals.protocol.terrain.PatchTables.POINTS;
import static rituals.protocol.terrain.PatchTables.ZIGZAG;

import java.util.Arrays;

/**
 * Decodes one patch the way LibreMetaverse does ({@code TerrainCompressor.DecodePatchHeader / DecodePatch /
 * DecompressPatch}): word bits = (QuantWBits &amp; 0x0F) + 2, prequant = (QuantWBits &gt;&gt; 4) + 2, dequantise by
 * {@code 1 + 2(i+j)}, inverse DCT, then {@code h = v·Range/2^prequant + Range/2 + DCOffset}.
 *
 * <p>Not thread-safe: holds scratch buffers.
 */
final class PatchDecoder {
    private final int[] coefficients = new int[POINTS];
    private final float[] block = new float[POINTS];
    private final float[] values = new float[POINTS];
    private final float[] scratch = new float[POINTS];
    private float dcOffset;
    private int range;

    /**
     * Reads the patch whose QuantWBits byte {@code quantWBits} has just been read (and is not the end marker).
     */
    Patch decode(BitReader in, int quantWBits, LayerType type) {
        int patchId = read(in, quantWBits, type);
        int prequant = (quantWBits >> 4) + 2;
        for (int k = 0; k < POINTS; k++) {
            block[k] = coefficients[ZIGZAG[k]] * DEQUANTIZE[k];
        }
        PatchDct.inverse(block, values, scratch);
        float mult = (1.0f / (1 << prequant)) * range;
        float add = mult * (1 << (prequant - 1)) + dcOffset;
        float[] heights = new float[POINTS];
        for (int k = 0; k < POINTS; k++) {
            heights[k] = values[k] * mult + add;
        }
        return new Patch(x(patchId, type), y(patchId, type), heights);
    }

    /**
     * Reads past the patch as {@link #decode} would, with the same checks, but rebuilds no heights: for a caller
     * that only counts patches.
     */
    void skip(BitReader in, int quantWBits, LayerType type) {
        read(in, quantWBits, type);
    }

    /** Reads and checks the patch header and its coefficient codes into the scratch state; returns the PatchIDs. */
    private int read(BitReader in, int quantWBits, LayerType type) {
        dcOffset = in.readFloat("DCOffset");
        if (!Float.isFinite(dcOffset)) {
            throw in.failure("patch DCOffset is not a finite number (" + dcOffset + ")");
        }
        range = in.readBits(16, "Range");
        int patchId = in.readBits(type.patchIdBits(), "PatchIDs");
        int x = x(patchId, type);
        int y = y(patchId, type);
        if (type == LayerType.LAND && (x >= 16 || y >= 16)) {
            // LibreMetaverse refuses such a land patch too (a 256 m region has patches 0..15)
            throw in.failure("land patch (" + x + "," + y + ") lies outside a 256 m region");
        }
        readCoefficients(in, (quantWBits & 0x0F) + 2);
        return patchId;
    }

    private static int x(int patchId, LayerType type) {
        return type.extended() ? patchId >>> 16 : patchId >>> 5;
    }

    private static int y(int patchId, LayerType type) {
        return type.extended() ? patchId & 0xFFFF : patchId & 0x1F;
    }

    private void readCoefficients(BitReader in, int wordBits) {
        Arrays.fill(coefficients, 0);
        for (int k = 0; k < POINTS; k++) {
            if (!in.readBit("coefficient code")) {
                continue; // '0': this coefficient is zero
            }
            if (!in.readBit("coefficient code")) {
                return; // '10': end of block, the rest are zero
            }
            boolean negative = in.readBit("coefficient sign");
            int magnitude = in.readBits(wordBits, "coefficient magnitude");
            coefficients[k] = negative ? -magnitude : magnitude;
        }
    }
}
