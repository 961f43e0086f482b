package rituals.server.config;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Where the venue's ids come from: session ids, secure session ids, circuit codes, capability paths, event-queue
 * start ids. Injected so that a test or a recorded performance can be replayed with a seed; a real run uses
 * {@link #secure()}, since session ids and capability paths are bearer secrets.
 */
public final class IdSource {
    private final RandomGenerator random;

    private IdSource(RandomGenerator random) {
        this.random = random;
    }

    /** Unpredictable ids, for real runs. */
    public static IdSource secure() {
        return new IdSource(new SecureRandom());
    }

    /** A repeatable sequence, for tests and golden narratives. */
    public static IdSource seeded(long seed) {
        return new IdSource(new Random(seed));
    }

    /** A version-4 (random) UUID. */
    public UUID uuid() {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(hi, lo);
    }

    /** A circuit code: non-negative and 31-bit, as OpenSim's {@code Random.Next()} gives. */
    public int circuitCode() {
        return random.nextInt(Integer.MAX_VALUE);
    }

    /**
     * A circuit's first outgoing sequence number: any unsigned 32-bit value but 0, so that an endpoint that acks one
     * of our packets proves it received it (it could not have guessed the number).
     */
    public int sequenceStart() {
        int s = random.nextInt();
        return s == 0 ? 1 : s;
    }

    /** A value in [0, bound). */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
