package rituals.server.region;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import rituals.trace.TraceEvent;
import rituals.trace.TraceSink;

/** The server's probe events, kept in order, with bounded waits woken by each new event. */
final class EventLog implements TraceSink {
    private final List<TraceEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(TraceEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized List<TraceEvent> all() {
        return List.copyOf(events);
    }

    synchronized List<TraceEvent> matching(Predicate<TraceEvent> p) {
        return events.stream().filter(p).toList();
    }

    /** Events whose key (SIDE.CHANNEL.EVENT[.SUBJECT]) is exactly {@code key}. */
    List<TraceEvent> keyed(String key) {
        return matching(e -> e.key().equals(key));
    }

    synchronized TraceEvent await(String key, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (TraceEvent e : events) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + key + " within " + timeout.toMillis() + " ms");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Waits until {@code n} events have the key. */
    synchronized void awaitCount(String key, int n, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (keyed(key).size() < n) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + keyed(key).size() + " of " + n + " " + key + " within "
                        + timeout.toMillis() + " ms");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
