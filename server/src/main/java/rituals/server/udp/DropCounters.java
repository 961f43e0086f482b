package rituals.server.udp;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How many datagrams were dropped, per reason. Written by the receive thread (malformed) and the region loop (the
 * rest), read by anyone: hence atomic counters rather than loop-owned fields.
 */
public final class DropCounters {
    private final AtomicLongArray counts = new AtomicLongArray(DropReason.values().length);

    /** Counts one drop and returns the new total for that reason. */
    public long count(DropReason reason) {
        return counts.incrementAndGet(reason.ordinal());
    }

    public long get(DropReason reason) {
        return counts.get(reason.ordinal());
    }
}
