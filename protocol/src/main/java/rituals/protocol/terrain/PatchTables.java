package rituals.protocol.terrain;

/**
 * The fixed tables of the 16×16 patch codec, the same in OpenSim, libomv and LibreMetaverse: the zig-zag order in
 * which coefficients are stored, the quantisation weights {@code 1 + 2(i+j)}, and the DCT cosine basis. Coefficient
 * index {@code j*16 + i} has i the x frequency and j the y frequency.
 */
final class PatchTables {
    static final int N = Patch.SIZE;
    static final int POINTS = Patch.POINTS;

    /** {@code ZIGZAG[j*16+i]} = the position in the stream of coefficient (i, j). */
    static final int[] ZIGZAG = buildZigZag();

    /** Dequantisation weights {@code 1 + 2(i+j)}. */
    static final float[] DEQUANTIZE = new float[POINTS];

    /** Quantisation factors {@code (2/16) / (1 + 2(i+j))}: the 2/16 is half the orthonormal scale of the DCT. */
    static final float[] QUANTIZE = new float[POINTS];

    /**
     * {@code COSINE[k*16+n] = s(k) · cos((2n+1)·k·π/32)} with s(0) = 1/√2, s(k>0) = 1: the DCT-II basis with the DC
     * weighting folded in, so the forward and inverse passes are plain dot products.
     */
    static final float[] COSINE = new float[POINTS];

    static {
        for (int j = 0; j < N; j++) {
            for (int i = 0; i < N; i++) {
                float weight = 1.0f + 2.0f * (i + j);
                DEQUANTIZE[j * N + i] = weight;
                QUANTIZE[j * N + i] = (2.0f / N) / weight;
            }
        }
        for (int k = 0; k < N; k++) {
            double scale = k == 0 ? Math.sqrt(0.5) : 1.0;
            for (int n = 0; n < N; n++) {
                COSINE[k * N + n] = (float) (scale * Math.cos((2 * n + 1) * k * Math.PI / (2.0 * N)));
            }
        }
    }

    private PatchTables() {
    }

    /**
     * Walks the grid diagonally from (0,0): one step right (or down at the edge), then down-left to an edge, one step
     * down (or right at the edge), then up-right to an edge, and so on, numbering each cell as it is visited.
     */
    private static int[] buildZigZag() {
        int[] order = new int[POINTS];
        boolean diagonal = false;
        boolean right = true;
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < N && j < N) {
            order[j * N + i] = count++;
            if (!diagonal) {
                if (right) {
                    if (i < N - 1) {
                        i++;
                    } else {
                        j++;
                    }
                } else {
                    if (j < N - 1) {
                        j++;
                    } else {
                        i++;
                    }
                }
                right = !right;
                diagonal = true;
            } else if (right) {
                i++;
                j--;
                if (i == N - 1 || j == 0) {
                    diagonal = false;
                }
            } else {
                i--;
                j++;
                if (j == N - 1 || i == 0) {
                    diagonal = false;
                }
            }
        }
        return order;
    }
}
