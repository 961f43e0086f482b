package rituals.server.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts, per client address, the requests whose body is still being read, and refuses one more beyond a bound: a
 * peer that opens many connections and never finishes a body holds at most this many request threads, however many
 * connections it opens. Real clients send a login or caps body in one go, so they hold a slot for microseconds.
 */
final class AddressGate {
    private final int limit;
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();

    AddressGate(int limit) {
        this.limit = limit;
    }

    /** Takes a slot for {@code ip}; false (nothing taken) when the address already holds {@code limit}. */
    boolean enter(String ip) {
        boolean[] taken = {false};
        open.compute(ip, (k, n) -> {
            AtomicInteger count = n == null ? new AtomicInteger() : n;
            if (count.get() < limit) {
                count.incrementAndGet();
                taken[0] = true;
            }
            return count;
        });
        return taken[0];
    }

    /** Gives back a slot taken by {@link #enter}; the entry goes when its count reaches zero. */
    void exit(String ip) {
        open.computeIfPresent(ip, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    int limit() {
        return limit;
    }
}
