package rituals.server.log;

/**
 * Lets the first few of a kind of line through per interval and counts the ones it holds back, so that a flood of
 * bad input costs a few lines instead of filling the log (the server must go on serving everyone else). The count
 * is handed to the next line let through, which says how many were held back.
 */
public final class LogLimiter {
    private final long intervalNanos;
    private final int burst;
    private long windowStart = Long.MIN_VALUE;
    private int admitted;
    private long suppressed;

    /** One line per {@code intervalMillis}. */
    public LogLimiter(long intervalMillis) {
        this(intervalMillis, 1);
    }

    /** Up to {@code burst} lines per {@code intervalMillis}. */
    public LogLimiter(long intervalMillis, int burst) {
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.burst = burst;
    }

    /** Returns -1 when the line must be held back, otherwise how many were held back since the last line. */
    public synchronized long admit(long now) {
        if (windowStart == Long.MIN_VALUE || now - windowStart >= intervalNanos) {
            windowStart = now;
            admitted = 0;
        }
        if (admitted >= burst) {
            suppressed++;
            return -1;
        }
        admitted++;
        long held = suppressed;
        suppressed = 0;
        return held;
    }

    /** The interval in whole seconds, for the summary lines. */
    public long intervalSeconds() {
        return intervalNanos / 1_000_000_000L;
    }

    /** {@code ""}, or " (N more held back since the last one logged)" for {@code held} from {@link #admit}. */
    public static String heldBack(long held) {
        return held > 0 ? String.format(" (%,d more held back since the last one logged)", held) : "";
    }
}
