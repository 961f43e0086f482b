package rituals.server.udp;

import java.util.EnumMap;
import java.util.Map;
import rituals.protocol.DecodeException;
import rituals.protocol.codec.ByteReader;
import rituals.protocol.types.Bytes;

/**
 * The per-category send budgets of one circuit. Until the client's AgentThrottle arrives, the defaults below apply;
 * then its seven bits-per-second floats are scaled to bytes (× 0.125) and floored at 1,000 bytes/s, as OpenSim does.
 */
final class Throttles {
    /** Bytes/s before AgentThrottle: enough for a login's terrain (about 14 KB) within a second. */
    static final double DEFAULT_LAND = 20_000;
    static final double DEFAULT_TASK = 40_000;
    private static final double FLOOR = 1000;

    private final Map<Category, TokenBucket> buckets = new EnumMap<>(Category.class);

    Throttles(long now) {
        buckets.put(Category.LAND, new TokenBucket(DEFAULT_LAND, now));
        buckets.put(Category.TASK, new TokenBucket(DEFAULT_TASK, now));
    }

    /** The bucket of a throttled category we pace, or null when the category goes out unpaced. */
    TokenBucket bucket(Category category) {
        return buckets.get(category);
    }

    void refill(long now) {
        for (TokenBucket b : buckets.values()) {
            b.refill(now);
        }
    }

    /** Applies AgentThrottle's {@code Throttles} field (7 little-endian F32, bits/s). */
    void apply(Bytes throttles) {
        if (throttles.length() < Category.WIRE_COUNT * 4) {
            throw new DecodeException("AgentThrottle", "Throttle", "Throttles", 0, "needs " + Category.WIRE_COUNT * 4
                    + " bytes, got " + throttles.length());
        }
        ByteReader in = new ByteReader(throttles.toArray(), 0, throttles.length());
        for (int i = 0; i < Category.WIRE_COUNT; i++) {
            float bitsPerSecond = in.f32();
            TokenBucket b = buckets.get(Category.values()[i]);
            if (b != null && Float.isFinite(bitsPerSecond)) {
                b.rate(Math.max(FLOOR, bitsPerSecond * 0.125));
            }
        }
    }

    double rate(Category category) {
        TokenBucket b = buckets.get(category);
        return b == null ? Double.POSITIVE_INFINITY : b.rate();
    }
}
