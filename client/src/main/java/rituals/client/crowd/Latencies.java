package rituals.client.crowd;

import java.util.Arrays;

/** Milliseconds recorded one by one (on the loop thread), read as percentiles once the run is over. */
final class Latencies {
    private long[] values = new long[64];
    private int count;

    void add(long millis) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = millis;
    }

    /** The summary of everything recorded so far. */
    Percentiles summary() {
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return new Percentiles(count, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                count == 0 ? -1 : sorted[count - 1]);
    }

    /** Nearest-rank percentile; -1 when nothing was recorded. */
    private static long at(long[] sorted, double q) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
