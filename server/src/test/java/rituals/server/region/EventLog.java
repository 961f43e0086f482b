package rituals.server.region;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import rituals.server.testing.Waits;
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
        Waits.until(this, () -> first(key) != null, timeout,
                () -> "no " + key + " within " + timeout.toMillis() + " ms");
        return first(key);
    }

    private synchronized TraceEvent first(String key) {
        return events.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

    /** Waits until {@code n} events have the key. */
    synchronized void awaitCount(String key, int n, Duration timeout) {
        Waits.until(this, () -> keyed(key).size() >= n, timeout,
                () -> "only " + keyed(key).size() + " of " + n + " " + key + " within " + timeout.toMillis() + " ms");
    }
}
