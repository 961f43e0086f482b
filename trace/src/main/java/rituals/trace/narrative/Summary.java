package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import rituals.trace.TraceEvent;

/**
 * Repetitive traffic of one kind (same key, same agent), counted as it comes.
 *
 * @param first     the first event of the kind (its key, side, channel, verb and subject stand for all)
 * @param agent     the agent it concerns, "" when one agent or none is told
 * @param count     how many such events
 * @param lastNanos time of the last one
 * @param bytes     total wire size of those that had one
 */
record Summary(TraceEvent first, String agent, int count, long lastNanos, long bytes) {
    /**
     * The fewest events a rate is shown for: two events give one interval, which is a gap, not a rate; three give two
     * intervals and the first hint of a rhythm.
     */
    static final int RATE_MIN_EVENTS = 3;

    Summary add(TraceEvent e) {
        return new Summary(first, agent, count + 1, e.nanos(), bytes + Math.max(0, e.size()));
    }

    static Summary of(TraceEvent e, String agent) {
        return new Summary(e, agent, 1, e.nanos(), Math.max(0, e.size()));
    }

    /** Events per second between the first and the last; 0 when there is no span to measure. */
    double ratePerSecond() {
        long span = lastNanos - first.nanos();
        return count < 2 || span <= 0 ? 0 : (count - 1) / (span / 1e9);
    }

    boolean showsRate() {
        return count >= RATE_MIN_EVENTS && lastNanos > first.nanos();
    }

    /**
     * Placeholder values for the edition's summary phrases ({@code count}, {@code times} as "once"/"twice"/"N times",
     * {@code rate} (its clause left out below {@link #RATE_MIN_EVENTS}), {@code first}, {@code last} (its clause left
     * out for a single event), {@code bytes},
     * or the first event's), times relative to {@code origin}.
     */
    String value(String name, long origin) {
        switch (name) {
            case "count":
                return Integer.toString(count);
            case "times":
                return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
            case "rate":
                return showsRate() ? String.format(Locale.ROOT, "%.2f", ratePerSecond()) : Template.OMIT;
            case "first":
                return Durations.seconds(first.nanos() - origin);
            case "last":
                // "from 3.597 s to 3.597 s" for one event: its clause is left out, the figures keep the time.
                return count == 1 ? Template.OMIT : Durations.seconds(lastNanos - origin);
            case "bytes":
                return Long.toString(bytes);
            default:
                return Edition.value(first, name);
        }
    }

    /** The figures shown in brackets, the same in every edition. */
    List<Fact> figures(long origin) {
        List<Fact> figures = new ArrayList<>();
        figures.add(new Fact("Count", Integer.toString(count)));
        if (showsRate()) {
            figures.add(new Fact("Rate", value("rate", origin) + "/s"));
        }
        figures.add(new Fact("First", value("first", origin)));
        figures.add(new Fact("Last", Durations.seconds(lastNanos - origin)));
        if (bytes > 0) {
            figures.add(new Fact("Bytes", Long.toString(bytes)));
        }
        return figures;
    }
}
