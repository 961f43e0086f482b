package rituals.server.udp;

/**
 * Lets one log line through per interval and counts the ones it holds back, so that a flood of bad datagrams costs
 * a few lines instead of filling the log (the server must go on serving everyone else).
 */
final class LogLimiter {
    private final long intervalNanos;
    private long nextNanos = Long.MIN_VALUE;
    private long suppressed;

    LogLimiter(long intervalMillis) {
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    /** Returns -1 when the line must be held back, otherwise how many were held back since the last line. */
    synchronized long admit(long now) {
        if (nextNanos != Long.MIN_VALUE && now - nextNanos < 0) {
            suppressed++;
            return -1;
        }
        nextNanos = now + intervalNanos;
        long held = suppressed;
        suppressed = 0;
        return held;
    }
}
