package rituals.trace;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock moved by hand: time stands still until {@link #advance} is called. Every test of timers, expiry and
 * timelines injects one, so their times are exact and repeatable; it lives beside {@link Clock} because every module
 * depends on trace, and a replay or a simulation may drive time the same way. Safe to read from any thread.
 */
public final class ManualClock implements Clock {
    private final AtomicLong nanos;
    private final long epochMillisAtZero;

    /** Starts at monotonic time zero, which is {@code epochMillisAtZero} on the wall clock. */
    public ManualClock(long epochMillisAtZero) {
        this(epochMillisAtZero, 0);
    }

    /** Starts at {@code startNanos}; the wall clock reads {@code epochMillisAtZero} at monotonic time zero. */
    public ManualClock(long epochMillisAtZero, long startNanos) {
        this.epochMillisAtZero = epochMillisAtZero;
        this.nanos = new AtomicLong(startNanos);
    }

    @Override
    public long nanos() {
        return nanos.get();
    }

    @Override
    public long epochMillis() {
        return epochMillisAtZero + nanos.get() / 1_000_000;
    }

    public void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** Fractions of a millisecond are kept to the nearest nanosecond. */
    public void advanceMillis(double millis) {
        nanos.addAndGet(Math.round(millis * 1_000_000));
    }
}
