package rituals.server.world.terrain;

/**
 * Smooth seeded 2-D value noise in [−1, 1]: pseudo-random values on an integer lattice, blended with smoothstep
 * weights. Integer hashing and plain arithmetic only (no library maths), so the same seed gives the same terrain on
 * every JVM.
 */
final class ValueNoise {
    private final long seed;

    ValueNoise(long seed) {
        this.seed = seed;
    }

    /** Noise at (x, y) in lattice units (one lattice cell per unit). */
    double at(double x, double y) {
        long x0 = (long) Math.floor(x);
        long y0 = (long) Math.floor(y);
        double fx = smooth(x - x0);
        double fy = smooth(y - y0);
        double south = lerp(lattice(x0, y0), lattice(x0 + 1, y0), fx);
        double north = lerp(lattice(x0, y0 + 1), lattice(x0 + 1, y0 + 1), fx);
        return lerp(south, north, fy);
    }

    private double lattice(long x, long y) {
        long h = seed ^ (x * 0x9E3779B97F4A7C15L) ^ (y * 0xC2B2AE3D27D4EB4FL);
        // SplitMix64 finaliser: every input bit affects every output bit
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53 * 2.0 - 1.0;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
