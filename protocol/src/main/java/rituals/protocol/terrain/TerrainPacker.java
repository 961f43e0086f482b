package rituals.protocol.terrain;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a 256×256 height map into LayerData Data fields of several land patches each, as OpenSim 0.9.2.2's
 * {@code LLClientView.SendLayerData(int[])} does: patches are appended in the given order, and once the stream has
 * passed {@value #SPLIT_AFTER_BYTES} bytes (OpenSim: BitPack position &gt; 900 in a datagram whose Data starts at
 * offset 10) the blob is closed with the end marker and a new one begun, unless that patch was the last. Datagrams
 * then come to about 900–1,000 bytes, like the capture's 954.
 */
public final class TerrainPacker {
    /** Metres (and height-map points) per region edge. */
    public static final int REGION_SIZE = 256;
    /** A blob is closed once its patches fill more than this many bytes. */
    public static final int SPLIT_AFTER_BYTES = 891;

    private TerrainPacker() {
    }

    /**
     * Packs the given patches of a height map ({@code heightMap[y*256 + x]}, metres) into Land blobs in order.
     *
     * @throws IllegalArgumentException if the map is not 65,536 values, a patch lies outside 0..15, or a height is
     *                                  not finite
     */
    public static List<LayerBlob> pack(float[] heightMap, List<PatchId> patches) {
        if (heightMap.length != REGION_SIZE * REGION_SIZE) {
            throw new IllegalArgumentException("a region height map has " + REGION_SIZE * REGION_SIZE
                    + " values, got " + heightMap.length);
        }
        List<LayerBlob> blobs = new ArrayList<>();
        PatchEncoder encoder = new PatchEncoder();
        BitWriter out = null;
        List<PatchId> inBlob = new ArrayList<>();
        for (int i = 0; i < patches.size(); i++) {
            PatchId id = patches.get(i);
            LayerDataCodec.checkPatchId(LayerType.LAND, id.x(), id.y());
            if (out == null) {
                out = new BitWriter(1024);
                LayerDataCodec.writeGroupHeader(out, LayerType.LAND);
            }
            int offset = id.y() * Patch.SIZE * REGION_SIZE + id.x() * Patch.SIZE;
            encoder.encode(out, heightMap, offset, REGION_SIZE, id.x(), id.y(), LayerType.LAND);
            inBlob.add(id);
            if (out.byteLength() > SPLIT_AFTER_BYTES && i != patches.size() - 1) {
                blobs.add(finish(out, inBlob));
                out = null;
                inBlob.clear();
            }
        }
        if (out != null) {
            blobs.add(finish(out, inBlob));
        }
        return blobs;
    }

    /**
     * The whole region for a newly arrived avatar: the sends of {@link OpenSimPatchOrder#initialSends}, each packed
     * on its own, in order. 256 patches; about a dozen blobs for gentle terrain.
     */
    public static List<LayerBlob> packInitial(float[] heightMap, float avatarX, float avatarY, float drawDistance) {
        List<LayerBlob> blobs = new ArrayList<>();
        for (List<PatchId> send : OpenSimPatchOrder.initialSends(avatarX, avatarY, drawDistance)) {
            blobs.addAll(pack(heightMap, send));
        }
        return blobs;
    }

    private static LayerBlob finish(BitWriter out, List<PatchId> patches) {
        LayerDataCodec.writeEnd(out);
        return new LayerBlob(patches, out.toByteArray());
    }
}
