package rituals.client.crowd;

/**
 * A latency distribution in milliseconds (nearest-rank percentiles); -1 everywhere when nothing was measured.
 *
 * @param count how many values it summarises
 */
public record Percentiles(int count, long p50, long p95, long p99, long max) {
    /** "p50 12 ms, p95 40 ms, p99 80 ms, max 95 ms (n=2000)". */
    @Override
    public String toString() {
        if (count == 0) {
            return "none measured";
        }
        return "p50 " + p50 + " ms, p95 " + p95 + " ms, p99 " + p99 + " ms, max " + max + " ms (n=" + count + ")";
    }
}
