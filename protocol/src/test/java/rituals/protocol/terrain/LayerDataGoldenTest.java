package rituals.protocol.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden bytes written by hand from the LayerData bit layout (spelled out below), not produced by our encoder. */
class LayerDataGoldenTest {
    /**
     * Flat 20 m patch (0,0) as a whole group: Stride 264 → {@code 08 01}; PatchSize {@code 10}; type {@code 4c};
     * QuantWBits {@code 00}; DCOffset 19.5f → {@code 00 00 9c 41}; Range 1 → {@code 01 00}; PatchIDs 0 → 8 bits
     * {@code 00} + 2 bits 00; EOB {@code 10}; end marker 97 = 0110 0001; pad 0000 → {@code 26 10}.
     */
    static final byte[] FLAT_20 = HexFormat.of().parseHex("0801104c0000009c4101000026" + "10");

    @Test
    void flatTwentyMetrePatchEncodesToTheFactSheetBytes() {
        float[] heights = new float[Patch.POINTS];
        Arrays.fill(heights, 20.0f);

        byte[] data = LayerDataCodec.encode(LayerType.LAND, List.of(new Patch(0, 0, heights)));

        assertThat(HexFormat.of().formatHex(data)).isEqualTo("0801104c0000009c41010000" + "2610");
        assertThat(data).isEqualTo(FLAT_20);
    }

    @Test
    void flatTwentyMetrePatchDecodesToExactlyTwenty() {
        LayerGroup group = LayerDataCodec.decode(FLAT_20);

        assertThat(group.stride()).isEqualTo(264);
        assertThat(group.patchSize()).isEqualTo(16);
        assertThat(group.type()).isEqualTo(LayerType.LAND);
        assertThat(group.patches()).hasSize(1);
        Patch patch = group.patches().get(0);
        assertThat(patch.id()).isEqualTo(new PatchId(0, 0));
        for (float h : patch.heights()) {
            assertThat(h).isEqualTo(20.0f);
        }
    }

    @Test
    void nearlyFlatPatchUsesTheShortFormAndDecodesToItsLowestPoint() {
        float[] heights = new float[Patch.POINTS];
        Arrays.fill(heights, 21.25f);
        heights[37] = 21.254f; // range 0.004 rounds to 1.00: still "flat" to OpenSim

        byte[] data = LayerDataCodec.encode(LayerType.LAND, List.of(new Patch(3, 9, heights)));

        assertThat(data).hasSize(FLAT_20.length);
        assertThat(data[4]).isZero(); // QuantWBits 0
        Patch decoded = LayerDataCodec.decode(data).patches().get(0);
        assertThat(decoded.id()).isEqualTo(new PatchId(3, 9));
        for (float h : decoded.heights()) {
            assertThat(h).isEqualTo(21.25f);
        }
    }

    @Test
    void groupWithoutPatchesIsHeaderAndEndMarker() {
        byte[] data = LayerDataCodec.encode(LayerType.WIND, List.of());

        assertThat(HexFormat.of().formatHex(data)).isEqualTo("0801103761");
        assertThat(LayerDataCodec.decode(data).patches()).isEmpty();
        assertThat(LayerDataCodec.decode(data).type()).isEqualTo(LayerType.WIND);
    }

    @Test
    void extendedTypesCarryThirtyTwoBitPatchIds() {
        float[] heights = new float[Patch.POINTS];
        Arrays.fill(heights, 20.0f);

        byte[] data = LayerDataCodec.encode(LayerType.LAND_EXTENDED, List.of(new Patch(40, 3, heights)));

        // header, 00, 00 00 9c 41, 01 00, id (40<<16)|3 as LE bytes 03 00 28 00, then '10' + 97 + pad
        assertThat(HexFormat.of().formatHex(data)).isEqualTo("0801104d" + "00" + "00009c41" + "0100" + "03002800"
                + "98" + "40");
        assertThat(LayerDataCodec.decode(data).patches().get(0).id()).isEqualTo(new PatchId(40, 3));
    }
}
