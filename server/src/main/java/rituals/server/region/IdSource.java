package rituals.server.region;

import java.util.Random;
import java.util.UUID;

/**
 * Every id and random number the region hands out (circuit codes, session ids, object ids), from one seeded source
 * so that a run can be repeated exactly. Used on the region loop thread only.
 */
public final class IdSource {
    private final Random random;

    public IdSource(long seed) {
        this.random = new Random(seed);
    }

    /** A version-4 UUID drawn from the seeded source. */
    public UUID uuid() {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    /** A circuit code as OpenSim draws it: a positive 31-bit number. */
    public int circuitCode() {
        return 1 + random.nextInt(Integer.MAX_VALUE - 1);
    }
}
