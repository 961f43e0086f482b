package rituals.server.world.terrain;

import java.util.SplittableRandom;

/**
 * Makes a pleasant default island, the same one for the same seed: water at {@value #WATER_HEIGHT} m; the sea
 * floor falling to about 5 m towards the region's edges; a wobbly coastline some 60–100 m from the centre with gently
 * shelving beaches; land rising to about 26 m in the middle (so an avatar placed at the centre starts on dry ground,
 * 22–30 m); and one or two hills, 8–14 m high, half to three fifths of the way from the centre to the shore (their
 * summits reach at least 28 m). Slopes stay walkable (well under 1.5 m per metre).
 *
 * <p>All randomness comes from the seed, and the arithmetic uses {@link StrictMath}, so maps are reproducible on any
 * JVM.
 */
public final class IslandGenerator {
    /** The region's water level, OpenSim's default. */
    public static final float WATER_HEIGHT = 20f;

    private static final double COAST_RADIUS = 80.0;
    private static final double CENTRE_RISE = 6.0;
    private static final double SEA_DEPTH = 15.0;
    private static final int SIZE = HeightMap.SIZE;

    private IslandGenerator() {
    }

    /** The island for this seed. */
    public static HeightMap generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] wobble = new double[5];
        double[] phase = new double[5];
        for (int k = 2; k <= 4; k++) {
            wobble[k] = random.nextDouble(0.0, 0.08);
            phase[k] = random.nextDouble(0.0, 2 * Math.PI);
        }
        int hillCount = 1 + random.nextInt(2);
        double[][] hills = new double[hillCount][];
        double angle = random.nextDouble(0.0, 2 * Math.PI);
        for (int i = 0; i < hillCount; i++) {
            // a second hill goes to the other side of the centre, so two never pile into a cliff
            angle += i * random.nextDouble(0.5 * Math.PI, 1.5 * Math.PI);
            // half to three fifths of the way to the shore: clear of the centre and of the beach
            double distance = coastRadius(angle, wobble, phase) * random.nextDouble(0.5, 0.6);
            hills[i] = new double[] {
                128 + distance * StrictMath.cos(angle), 128 + distance * StrictMath.sin(angle),
                random.nextDouble(8.0, 14.0), random.nextDouble(10.0, 13.0)};
        }
        ValueNoise noise = new ValueNoise(random.nextLong());

        float[] heights = new float[HeightMap.POINTS];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                double dx = x - 128.0;
                double dy = y - 128.0;
                double coast = coastRadius(StrictMath.atan2(dy, dx), wobble, phase);
                double t = StrictMath.sqrt(dx * dx + dy * dy) / coast; // 1 on the coastline
                heights[y * SIZE + x] = (float) height(t, x, y, hills, noise);
            }
        }
        return new HeightMap(heights);
    }

    /** Distance from the centre to the shore in direction theta: 80 m give or take three gentle harmonics. */
    private static double coastRadius(double theta, double[] wobble, double[] phase) {
        double radius = COAST_RADIUS;
        for (int k = 2; k <= 4; k++) {
            radius += COAST_RADIUS * wobble[k] * StrictMath.cos(k * theta + phase[k]);
        }
        return radius;
    }

    private static double height(double t, int x, int y, double[][] hills, ValueNoise noise) {
        double base = t <= 1
                // (1−t)^1.2 is flat where it meets the water: a shelving beach
                ? WATER_HEIGHT + CENTRE_RISE * StrictMath.pow(1 - t, 1.2)
                : WATER_HEIGHT - SEA_DEPTH * smoothstep(1.0, 1.7, t);
        // hills and bumps fade out near the shore, so the beach stays a beach and no islets appear offshore
        double inland = 1 - smoothstep(0.75, 1.0, t);
        double seabed = smoothstep(1.25, 1.5, t);
        double hillsHere = 0;
        for (double[] hill : hills) {
            double hx = x - hill[0];
            double hy = y - hill[1];
            hillsHere += hill[2] * StrictMath.exp(-(hx * hx + hy * hy) / (2 * hill[3] * hill[3]));
        }
        double bumps = 0.8 * noise.at(x / 32.0, y / 32.0) + 0.3 * noise.at(x / 8.0 + 100, y / 8.0 + 100);
        return base + inland * (hillsHere + bumps) + seabed * bumps;
    }

    private static double smoothstep(double edge0, double edge1, double value) {
        double t = Math.max(0.0, Math.min(1.0, (value - edge0) / (edge1 - edge0)));
        return t * t * (3 - 2 * t);
    }
}
