package rituals.protocol.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fixed tables and the DCT, checked against their definitions rather than against themselves. */
class PatchTransformTest {

    @Test
    void zigZagStartsLikeJpegAndVisitsEveryCellOnce() {
        int[] z = PatchTables.ZIGZAG;
        // (i, j) = (0,0) (1,0) (0,1) (0,2) (1,1) (2,0) (3,0) (2,1) ...
        assertThat(z[0]).isEqualTo(0);
        assertThat(z[1]).isEqualTo(1);
        assertThat(z[16]).isEqualTo(2);
        assertThat(z[32]).isEqualTo(3);
        assertThat(z[17]).isEqualTo(4);
        assertThat(z[2]).isEqualTo(5);
        assertThat(z[3]).isEqualTo(6);
        assertThat(z[18]).isEqualTo(7);
        assertThat(z[255]).isEqualTo(255);
        assertThat(z[15]).isEqualTo(120); // (15,0) opens diagonal 15, after 1+2+…+15 = 120 cells
        int[] sorted = z.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < 256; k++) {
            assertThat(sorted[k]).isEqualTo(k);
        }
    }

    @Test
    void quantisationWeightsAreOnePlusTwiceTheFrequencySum() {
        assertThat(PatchTables.DEQUANTIZE[0]).isEqualTo(1f);
        assertThat(PatchTables.DEQUANTIZE[3 * 16 + 5]).isEqualTo(17f);
        assertThat(PatchTables.DEQUANTIZE[255]).isEqualTo(61f);
        assertThat(PatchTables.QUANTIZE[255]).isCloseTo(0.125f / 61f, within(1e-9f));
    }

    @Test
    void forwardMatchesTheDefinitionInDoublePrecision() {
        float[] in = randomBlock(7);
        float[] out = new float[256];
        PatchDct.forward(in, out, new float[256]);
        for (int v = 0; v < 16; v++) {
            for (int u = 0; u < 16; u++) {
                double total = 0;
                for (int y = 0; y < 16; y++) {
                    for (int x = 0; x < 16; x++) {
                        total += in[y * 16 + x] * s(u) * s(v) * Math.cos((2 * x + 1) * u * Math.PI / 32)
                                * Math.cos((2 * y + 1) * v * Math.PI / 32);
                    }
                }
                assertThat((double) out[v * 16 + u]).as("F(%d,%d)", u, v).isCloseTo(total, within(0.02));
            }
        }
    }

    @Test
    void inverseUndoesForwardScaledByTwoSixteenths() {
        float[] in = randomBlock(11);
        float[] coefficients = new float[256];
        float[] scratch = new float[256];
        PatchDct.forward(in, coefficients, scratch);
        for (int k = 0; k < 256; k++) {
            coefficients[k] *= 2f / 16f;
        }
        float[] back = new float[256];
        PatchDct.inverse(coefficients, back, scratch);
        for (int k = 0; k < 256; k++) {
            assertThat(back[k]).isCloseTo(in[k], within(1e-3f));
        }
    }

    private static double s(int k) {
        return k == 0 ? Math.sqrt(0.5) : 1.0;
    }

    private static float[] randomBlock(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] block = new float[256];
        for (int k = 0; k < 256; k++) {
            block[k] = (float) (random.nextDouble() * 1024 - 512);
        }
        return block;
    }
}
