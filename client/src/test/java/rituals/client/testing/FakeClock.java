package rituals.client.testing;

import rituals.trace.Clock;

/** A clock tests move by hand. */
public final class FakeClock implements Clock {
    private long nanos = 1_000_000_000L;

    @Override
    public long nanos() {
        return nanos;
    }

    @Override
    public long epochMillis() {
        return 1_700_000_000_000L + nanos / 1_000_000L;
    }

    public void advanceMillis(long millis) {
        nanos += millis * 1_000_000L;
    }
}
