package rituals.protocol.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerrainPackerTest {

    /** A mound like OpenSim's default terrain: 25 m at the centre, falling to about 5 m at the corners. */
    static float[] mound() {
        float[] map = new float[256 * 256];
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                double r = Math.hypot(x - 128, y - 128) / 181.0;
                map[y * 256 + x] = (float) (25 - 20 * r * r + 0.3 * Math.sin(x * 0.37) * Math.cos(y * 0.21));
            }
        }
        return map;
    }

    @Test
    void blobsCloseJustAfterPassingTheThresholdAndDecodeToTheirPatches() {
        float[] map = mound();
        List<PatchId> order = OpenSimPatchOrder.initialSends(128f, 128f, 128f).get(0);

        List<LayerBlob> blobs = TerrainPacker.pack(map, order);

        List<PatchId> all = new ArrayList<>();
        for (int b = 0; b < blobs.size(); b++) {
            LayerBlob blob = blobs.get(b);
            LayerGroup group = LayerDataCodec.decode(blob.data());
            assertThat(group.type()).isEqualTo(LayerType.LAND);
            assertThat(group.patches()).extracting(Patch::id).containsExactlyElementsOf(blob.patches());
            all.addAll(blob.patches());
            // the stream passed 891 bytes with its last patch (the end marker adds one byte), and not before it
            List<Patch> allButLast = group.patches().subList(0, group.patches().size() - 1);
            int withoutLast = LayerDataCodec.encode(LayerType.LAND, allButLast).length - 1;
            assertThat(withoutLast).isLessThanOrEqualTo(TerrainPacker.SPLIT_AFTER_BYTES);
            if (b < blobs.size() - 1) {
                assertThat(blob.size() - 1).isGreaterThan(TerrainPacker.SPLIT_AFTER_BYTES);
            }
            // a datagram of 10 header bytes + Data stays near OpenSim's ~1,000 bytes
            assertThat(blob.size() + 10).isLessThan(1200);
        }
        assertThat(all).containsExactlyElementsOf(order);
    }

    @Test
    void decodedBlobsRebuildTheMap() {
        float[] map = mound();
        float[] rebuilt = new float[map.length];
        Arrays.fill(rebuilt, Float.NaN);

        List<LayerBlob> blobs = TerrainPacker.packInitial(map, 128f, 128f, 128f);

        for (LayerBlob blob : blobs) {
            for (Patch patch : LayerDataCodec.decode(blob.data()).patches()) {
                for (int py = 0; py < 16; py++) {
                    for (int px = 0; px < 16; px++) {
                        rebuilt[(patch.y() * 16 + py) * 256 + patch.x() * 16 + px] = patch.height(px, py);
                    }
                }
            }
        }
        for (int k = 0; k < map.length; k++) {
            assertThat(Math.abs(rebuilt[k] - map[k])).as("point %d", k).isLessThan(0.5f);
        }
    }

    @Test
    void aSendNeverSharesABlobWithTheNext() {
        List<List<PatchId>> sends = OpenSimPatchOrder.initialSends(128f, 128f, 128f);

        List<LayerBlob> blobs = TerrainPacker.packInitial(mound(), 128f, 128f, 128f);

        int expected = 0;
        for (List<PatchId> send : sends) {
            expected += TerrainPacker.pack(mound(), send).size();
        }
        assertThat(blobs).hasSize(expected);
        assertThat(blobs.get(blobs.size() - 1).patches()).isEqualTo(sends.get(1).subList(
                sends.get(1).size() - blobs.get(blobs.size() - 1).patches().size(), sends.get(1).size()));
    }

    /**
     * The split threshold agrees with OpenSim's own first datagram: its stream had used at most 891 bytes after 16
     * patches (876) and more after the 17th (943), where it closed the blob. Re-encoding its decoded heights cannot
     * show this (they are smoother than the originals and pack smaller), so the byte counts are read off the capture.
     */
    @Test
    void openSimsFirstDatagramClosedJustAfterPassingTheThreshold() throws Exception {
        byte[] data = CapturedLayerData.load("LayerData--opensim--R").data();
        BitReader in = new BitReader(data);
        in.readBits(32, "group header");
        PatchDecoder decoder = new PatchDecoder();
        List<Integer> bytesAfterPatch = new ArrayList<>();
        int quantWBits;
        while ((quantWBits = in.readBits(8, "QuantWBits")) != LayerDataCodec.END_OF_PATCHES) {
            decoder.decode(in, quantWBits, LayerType.LAND);
            bytesAfterPatch.add((in.bitPosition() + 7) / 8);
        }

        assertThat(bytesAfterPatch).hasSize(17);
        assertThat(bytesAfterPatch.get(15)).isEqualTo(876).isLessThanOrEqualTo(TerrainPacker.SPLIT_AFTER_BYTES);
        assertThat(bytesAfterPatch.get(16)).isEqualTo(943).isGreaterThan(TerrainPacker.SPLIT_AFTER_BYTES);
        assertThat(data).hasSize(944); // 943 + the end marker
    }

    @Test
    void refusesMapsOfTheWrongSizeAndPatchesOutsideTheRegion() {
        assertThatThrownBy(() -> TerrainPacker.pack(new float[100], List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
        assertThatThrownBy(() -> TerrainPacker.pack(new float[65536], List.of(new PatchId(16, 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..15");
    }
}
