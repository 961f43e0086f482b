package rituals.protocol.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;

/**
 * decode(encode(h)) stays within the codec's quantisation error of h.
 *
 * <p><b>The bound.</b> For a patch with lowest value z and Range R = (int)(max − z + 1), the encoder works on
 * {@code b = (h − z − R/2) · 2^p / R} with prequant p = 10. Per dimension, its DCT is √8 times the orthonormal DCT,
 * so the 2-D coefficient F is 8 X with X orthonormal, and the stored integer is {@code q = trunc(F · (2/16) / w) =
 * trunc(X / w)} with w = 1 + 2(i+j). The decoder rebuilds {@code q · w} and runs the orthonormal inverse (its 2/16
 * row factor), so each orthonormal coefficient is off by {@code e = X − q·w}, with |e| &lt; w from truncation, and
 * |e| &lt; 2w where OpenSim's clamp turns a magnitude of exactly 2^wordbits into 2^wordbits − 1. The inverse is
 * orthonormal, so by Parseval the block error has the same energy: Σ(Δb)² = Σe² &lt; 4 Σw² = 4 · 289,536. Heights
 * are b · R / 2^p, so
 *
 * <pre>  RMS(Δh) = sqrt(Σ(Δh)² / 256) &lt; 2 · sqrt(289,536 / 256) · R / 1024 ≈ 0.0657 · R</pre>
 *
 * plus float rounding, allowed for as 10⁻³·R + 10⁻⁵·max|h|. A flat patch (range under 0.005 m) has R = 1 and decodes to
 * its lowest value, well inside this. The largest single error is not usefully bounded (the triangle inequality gives
 * about R), which is why the assertion is on the RMS.
 */
class LayerDataRoundTripProperties {
    private static final double SUM_W_SQUARED = 289_536.0;
    private static final double RMS_FACTOR = 2.0 * Math.sqrt(SUM_W_SQUARED / Patch.POINTS) / 1024.0;

    @Property(tries = 300)
    void decodedHeightsAreWithinTheQuantisationBound(
            @ForAll @FloatRange(min = -200f, max = 200f) float base,
            @ForAll("amplitudes") float amplitude,
            @ForAll @IntRange(min = 0, max = 3) int shape,
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int patchCount) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Patch> patches = new ArrayList<>();
        for (int n = 0; n < patchCount; n++) {
            patches.add(new Patch(random.nextInt(16), random.nextInt(16), field(base, amplitude, shape, random)));
        }

        LayerGroup decoded = LayerDataCodec.decode(LayerDataCodec.encode(LayerType.LAND, patches));

        assertThat(decoded.patches()).extracting(Patch::id)
                .containsExactlyElementsOf(patches.stream().map(Patch::id).toList());
        for (int n = 0; n < patchCount; n++) {
            float[] original = patches.get(n).heights();
            float[] back = decoded.patches().get(n).heights();
            float zmin = Float.MAX_VALUE;
            float zmax = -Float.MAX_VALUE;
            double largest = 0;
            for (float v : original) {
                zmin = Math.min(zmin, v);
                zmax = Math.max(zmax, v);
                largest = Math.max(largest, Math.abs(v));
            }
            int range = (int) ((zmax - zmin) + 1.0f);
            double sumSquares = 0;
            for (int k = 0; k < Patch.POINTS; k++) {
                double d = back[k] - original[k];
                sumSquares += d * d;
            }
            double rms = Math.sqrt(sumSquares / Patch.POINTS);
            double bound = RMS_FACTOR * range + 1e-3 * range + 1e-5 * largest;
            assertThat(rms).as("RMS error of patch %d (range %d)", n, range).isLessThan(bound);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Float> amplitudes() {
        // flat, nearly flat, gentle and steep
        return net.jqwik.api.Arbitraries.oneOf(
                net.jqwik.api.Arbitraries.just(0f),
                net.jqwik.api.Arbitraries.floats().between(0f, 0.01f),
                net.jqwik.api.Arbitraries.floats().between(0f, 5f),
                net.jqwik.api.Arbitraries.floats().between(5f, 100f));
    }

    /** Noise, a tilted plane, waves, or a cone, scaled to the amplitude and offset by the base. */
    private static float[] field(float base, float amplitude, int shape, SplittableRandom random) {
        float[] h = new float[Patch.POINTS];
        double angle = random.nextDouble() * 2 * Math.PI;
        double frequency = 0.1 + random.nextDouble();
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                double unit = switch (shape) {
                    case 0 -> random.nextDouble();
                    case 1 -> ((x * Math.cos(angle) + y * Math.sin(angle)) / 22.7 + 1) / 2;
                    case 2 -> (Math.sin(x * frequency + angle) * Math.cos(y * frequency) + 1) / 2;
                    default -> 1 - Math.hypot(x - 7.5, y - 7.5) / 10.7;
                };
                h[y * 16 + x] = base + (float) (amplitude * unit);
            }
        }
        return h;
    }
}
