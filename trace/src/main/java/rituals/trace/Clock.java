package rituals.trace;

/**
 * The one injected source of time. Logic and probes ask it, never {@code System.nanoTime()} directly, so a test or a
 * performance can run both peers on one timeline.
 */
public interface Clock {
    /** Monotonic nanoseconds, for durations and timers. */
    long nanos();

    /** Wall-clock milliseconds since the epoch, for what the wire carries (timestamps, seconds_since_epoch). */
    long epochMillis();

    static Clock system() {
        return SystemClock.INSTANCE;
    }

    enum SystemClock implements Clock {
        INSTANCE;

        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public long epochMillis() {
            return System.currentTimeMillis();
        }
    }
}
