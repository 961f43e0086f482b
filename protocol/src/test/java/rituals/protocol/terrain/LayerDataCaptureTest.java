package rituals.protocol.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decodes LayerData datagrams captured from a real OpenSim 0.9.2.2 (default terrain, avatar at 128, 128). Its
 * encoder is OpenSim's (Ooura DCT), so these check our decoder against an independent producer.
 */
class LayerDataCaptureTest {
    /** Patch ids of the first land datagram, read off the capture. */
    static final List<PatchId> FIRST_LAND_PATCHES = List.of(
            new PatchId(7, 7), new PatchId(7, 6), new PatchId(6, 7), new PatchId(7, 8), new PatchId(8, 7),
            new PatchId(6, 6), new PatchId(8, 6), new PatchId(8, 8), new PatchId(6, 8), new PatchId(7, 5),
            new PatchId(5, 7), new PatchId(9, 7), new PatchId(7, 9), new PatchId(5, 8), new PatchId(9, 8),
            new PatchId(9, 6), new PatchId(6, 9));

    @Test
    void landDatagramHoldsSeventeenPatchesAroundTheCentre() throws Exception {
        CapturedLayerData captured = CapturedLayerData.load("LayerData--opensim--R");
        assertThat(captured.type()).isEqualTo(LayerType.LAND.code());
        assertThat(captured.datagramSize()).isEqualTo(954);

        LayerGroup group = LayerDataCodec.decode(captured.data());

        assertThat(group.stride()).isEqualTo(LayerDataCodec.STRIDE);
        assertThat(group.patchSize()).isEqualTo(16);
        assertThat(group.type()).isEqualTo(LayerType.LAND);
        assertThat(group.patches()).extracting(Patch::id).containsExactlyElementsOf(FIRST_LAND_PATCHES);
        assertThat(LayerDataCodec.countPatches(captured.data())).isEqualTo(FIRST_LAND_PATCHES.size());
    }

    /**
     * OpenSim's default terrain is a gentle mound: about 21–25 m around the centre of the region, falling away
     * outwards. Asserted: every decoded height lies between 0 and 30 m; the four patches meeting at the centre
     * (6..8 × 6..8 area, where the avatar stands at Z ≈ 26 with its feet on the ground) average 20–26 m and their
     * corner nearest (128, 128) is 22–26 m; neighbouring points never differ by more than 2 m (no decoding
     * garbage); and heights rise towards the centre (patch (7,7) averages higher than (7,5) and (5,7)).
     */
    @Test
    void landHeightsArePlausibleForOpenSimsDefaultTerrain() throws Exception {
        LayerGroup group = LayerDataCodec.decode(CapturedLayerData.load("LayerData--opensim--R").data());

        for (Patch patch : group.patches()) {
            float[] h = patch.heights();
            for (float v : h) {
                assertThat(v).isBetween(0f, 30f);
            }
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 15; x++) {
                    assertThat(Math.abs(h[y * 16 + x + 1] - h[y * 16 + x])).isLessThan(2f);
                    assertThat(Math.abs(h[(x + 1) * 16 + y] - h[x * 16 + y])).isLessThan(2f);
                }
            }
        }
        Patch centre = patch(group, 7, 7);
        assertThat(mean(centre)).isBetween(20f, 26f);
        assertThat(centre.height(15, 15)).isBetween(22f, 26f);
        assertThat(mean(patch(group, 8, 8))).isBetween(20f, 26f);
        assertThat(mean(centre)).isGreaterThan(mean(patch(group, 7, 5))).isGreaterThan(mean(patch(group, 5, 7)));
    }

    /**
     * The wind datagram (zero-coded) carries two patches, the x and y wind components, both with patch id 0 (OpenSim
     * leaves TerrainPatch.X/Y at 0 for wind). Wind speeds in a quiet default region are small: within ±5 m/s.
     */
    @Test
    void windDatagramHoldsTwoComponentPatches() throws Exception {
        CapturedLayerData captured = CapturedLayerData.load("LayerData--opensim--ZR");
        assertThat(captured.flags() & 0x80).isNotZero();
        assertThat(captured.type()).isEqualTo(LayerType.WIND.code());

        LayerGroup group = LayerDataCodec.decode(captured.data());

        assertThat(group.type()).isEqualTo(LayerType.WIND);
        assertThat(group.patches()).extracting(Patch::id).containsExactly(new PatchId(0, 0), new PatchId(0, 0));
        for (Patch patch : group.patches()) {
            for (float v : patch.heights()) {
                assertThat(v).isBetween(-5f, 5f);
            }
        }
    }

    private static Patch patch(LayerGroup group, int x, int y) {
        return group.patches().stream().filter(p -> p.x() == x && p.y() == y).findFirst().orElseThrow();
    }

    private static float mean(Patch patch) {
        float sum = 0;
        for (float v : patch.heights()) {
            sum += v;
        }
        return sum / Patch.POINTS;
    }
}
