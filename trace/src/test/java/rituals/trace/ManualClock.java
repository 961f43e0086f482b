package rituals.trace;

/** A clock tests move by hand, so every timeline has exact, repeatable times. */
public final class ManualClock implements Clock {
    private long nanos;

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public long epochMillis() {
        return 1_795_299_142_694L + nanos / 1_000_000;
    }

    public void advanceMillis(double millis) {
        nanos += Math.round(millis * 1_000_000);
    }
}
