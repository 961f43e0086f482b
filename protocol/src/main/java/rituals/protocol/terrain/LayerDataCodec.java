package rituals.protocol.terrain;

import java.util.ArrayList;
import java.util.List;
import rituals.protocol.DecodeException;

/**
 * The LayerData Data field: a group header (Stride 16 bits, PatchSize 8 bits, LayerType 8 bits), then per patch
 * QuantWBits 8, DCOffset float, Range 16, PatchIDs 10 or 32 bits and the coefficient codes, then the end marker 97
 * where the next QuantWBits would be. Everything is packed by the BitPack rule ({@link BitWriter}).
 *
 * <p>Encoding follows OpenSim's compressor and decoding LibreMetaverse's decompressor (see {@link PatchEncoder},
 * {@link PatchDecoder}). All methods are stateless and safe to call from any thread.
 */
public final class LayerDataCodec {
    /** The Stride OpenSim writes (LibreMetaverse ignores it). */
    public static final int STRIDE = 264;
    /** The only patch size this codec (and OpenSim) uses. */
    public static final int PATCH_SIZE = Patch.SIZE;
    /** The byte read in place of a QuantWBits that ends the group. */
    public static final int END_OF_PATCHES = 97;

    private LayerDataCodec() {
    }

    /**
     * Encodes patches (in the given order) into one Data field.
     *
     * @throws IllegalArgumentException if a patch id does not fit the type's id field (0..15 for land, 0..31 for the
     *                                  other 10-bit kinds, 0..65535 for Extended), a value is not finite, or a
     *                                  patch spans more than 65535 m
     */
    public static byte[] encode(LayerType type, List<Patch> patches) {
        BitWriter out = new BitWriter(64 + patches.size() * 128);
        writeGroupHeader(out, type);
        PatchEncoder encoder = new PatchEncoder();
        for (Patch patch : patches) {
            checkPatchId(type, patch.x(), patch.y());
            encoder.encode(out, patch.heights(), 0, Patch.SIZE, patch.x(), patch.y(), type);
        }
        writeEnd(out);
        return out.toByteArray();
    }

    /**
     * Decodes a Data field.
     *
     * @throws DecodeException (message and block "LayerData", field "Data", with the byte offset) if the data ends
     *                         early, names an unknown layer type or a patch size other than 16, or holds an
     *                         impossible patch; never any other exception
     */
    public static LayerGroup decode(byte[] data) {
        BitReader in = new BitReader(data);
        int stride = in.readBits(16, "Stride");
        LayerType type = readSizeAndType(in);
        PatchDecoder decoder = new PatchDecoder();
        List<Patch> patches = new ArrayList<>();
        // each patch consumes at least 66 bits, so the data's length bounds this loop
        int quantWBits;
        while ((quantWBits = readQuantWBits(in)) != END_OF_PATCHES) {
            patches.add(decoder.decode(in, quantWBits, type));
        }
        return new LayerGroup(stride, PATCH_SIZE, type, patches);
    }

    /**
     * The number of patches in a Data field, read as {@link #decode} reads them (so it fails where decode fails) but
     * without rebuilding any heights: for logs and probes that only name the count.
     *
     * @throws DecodeException as {@link #decode}
     */
    public static int countPatches(byte[] data) {
        BitReader in = new BitReader(data);
        in.readBits(16, "Stride");
        LayerType type = readSizeAndType(in);
        PatchDecoder decoder = new PatchDecoder();
        int count = 0;
        int quantWBits;
        while ((quantWBits = readQuantWBits(in)) != END_OF_PATCHES) {
            decoder.skip(in, quantWBits, type);
            count++;
        }
        return count;
    }

    private static LayerType readSizeAndType(BitReader in) {
        int patchSize = in.readBits(8, "PatchSize");
        if (patchSize != PATCH_SIZE) {
            throw in.failure("unsupported patch size " + patchSize + " (only 16 is used)");
        }
        int typeCode = in.readBits(8, "LayerType");
        return LayerType.fromCode(typeCode)
                .orElseThrow(() -> in.failure(String.format("unknown layer type 0x%02X", typeCode)));
    }

    private static int readQuantWBits(BitReader in) {
        return in.readBits(8, "QuantWBits (or end marker 97)");
    }

    static void writeGroupHeader(BitWriter out, LayerType type) {
        out.writeBits(STRIDE, 16);
        out.writeBits(PATCH_SIZE, 8);
        out.writeBits(type.code(), 8);
    }

    static void writeEnd(BitWriter out) {
        out.writeBits(END_OF_PATCHES, 8);
    }

    static void checkPatchId(LayerType type, int x, int y) {
        int limit = type.extended() ? 1 << 16 : type == LayerType.LAND ? 16 : 32;
        if (x < 0 || y < 0 || x >= limit || y >= limit) {
            throw new IllegalArgumentException(type + " patch (" + x + "," + y + ") is outside 0.." + (limit - 1));
        }
    }
}
