package rituals.protocol.terrain;

import static rituals.protocol.terrain.PatchTables.COSINE;
import static rituals.protocol.terrain.PatchTables.N;

/**
 * Separable 16×16 DCT-II and its inverse over precomputed cosines (two passes of 16-point dot products, 8,192
 * multiply-adds a patch). Scaling follows the LayerData codec: {@link #forward} is the unnormalised transform (the
 * encoder's quantisation factors supply the 2/16), and {@link #inverse} applies 2/16 in its row pass as LibreMetaverse
 * does, so {@code inverse(forward(b) · 2/16) = b}.
 */
final class PatchDct {
    private PatchDct() {
    }

    /**
     * {@code out[v*16+u] = Σy Σx in[y*16+x] · COSINE[u*16+x] · COSINE[v*16+y]}; {@code scratch} is 256 floats of
     * working space.
     */
    static void forward(float[] in, float[] out, float[] scratch) {
        // rows: transform along x, scratch[y*16+u]
        for (int y = 0; y < N; y++) {
            int row = y * N;
            for (int u = 0; u < N; u++) {
                int basis = u * N;
                float total = 0f;
                for (int x = 0; x < N; x++) {
                    total += in[row + x] * COSINE[basis + x];
                }
                scratch[row + u] = total;
            }
        }
        // columns: transform along y, out[v*16+u]
        for (int v = 0; v < N; v++) {
            int target = v * N;
            for (int u = 0; u < N; u++) {
                out[target + u] = 0f;
            }
            for (int y = 0; y < N; y++) {
                float c = COSINE[v * N + y];
                int row = y * N;
                for (int u = 0; u < N; u++) {
                    out[target + u] += c * scratch[row + u];
                }
            }
        }
    }

    /**
     * The inverse: columns first (along y, no scale), then rows (along x, times 2/16), giving {@code out[y*16+x]}.
     */
    static void inverse(float[] in, float[] out, float[] scratch) {
        for (int y = 0; y < N; y++) {
            int target = y * N;
            for (int u = 0; u < N; u++) {
                scratch[target + u] = 0f;
            }
            for (int v = 0; v < N; v++) {
                float c = COSINE[v * N + y];
                int row = v * N;
                for (int u = 0; u < N; u++) {
                    scratch[target + u] += c * in[row + u];
                }
            }
        }
        final float scale = 2.0f / N;
        for (int y = 0; y < N; y++) {
            int row = y * N;
            for (int x = 0; x < N; x++) {
                float total = 0f;
                for (int u = 0; u < N; u++) {
                    total += scratch[row + u] * COSINE[u * N + x];
                }
                out[row + x] = total * scale;
            }
        }
    }
}
