package rituals.server.udp;

/**
 * A byte budget that refills at a rate. A datagram may go out whenever the bucket is not empty, which may overdraw
 * it by one datagram: a 1,000-byte LayerData is never stuck behind a 999-byte budget, and the debt slows the next.
 */
final class TokenBucket {
    private double bytesPerSecond;
    private double tokens;
    private long lastNanos;

    TokenBucket(double bytesPerSecond, long now) {
        this.bytesPerSecond = bytesPerSecond;
        this.tokens = burst();
        this.lastNanos = now;
    }

    /** One second's worth: a login's terrain and first objects go out at once, the rest paced. */
    private double burst() {
        return bytesPerSecond;
    }

    void rate(double bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
        tokens = Math.min(tokens, burst());
    }

    double rate() {
        return bytesPerSecond;
    }

    void refill(long now) {
        long elapsed = now - lastNanos;
        if (elapsed > 0) {
            tokens = Math.min(burst(), tokens + bytesPerSecond * elapsed / 1e9);
            lastNanos = now;
        }
    }

    boolean canSend() {
        return tokens > 0;
    }

    void spend(int bytes) {
        tokens -= bytes;
    }
}
