package rituals.server.log;

import rituals.trace.Channel;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * How many datagrams from unauthenticated senders are traced: the first few per interval, then none, and the next
 * one traced is preceded by one {@code untraced} DROP event that says how many were not. Anyone can send datagrams,
 * so without it a flood would write itself into the ritual log one event per datagram.
 */
public final class TraceBudget {
    /** The DROP subject of the summary event. */
    public static final String UNTRACED = "untraced";

    private final LogLimiter limiter;

    public TraceBudget(long intervalMillis, int burst) {
        this.limiter = new LogLimiter(intervalMillis, burst);
    }

    /** The probe to trace one such datagram with: {@code probe} within the budget, an unobserving one beyond. */
    public Probe admit(Probe probe, long now) {
        if (!probe.on()) {
            return probe;
        }
        long held = limiter.admit(now);
        if (held < 0) {
            return Probe.off(probe.side());
        }
        if (held > 0) {
            probe.emit(Channel.UDP, Verb.DROP, UNTRACED, 0, "Endpoint", "(many)", "Detail",
                    String.format("%,d datagrams from unauthenticated senders were not traced", held));
        }
        return probe;
    }
}
