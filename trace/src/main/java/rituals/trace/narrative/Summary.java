package rituals.trace.narrative;

import java.util.Locale;
import rituals.trace.TraceEvent;

/**
 * Repetitive traffic of one kind (same key), told as one line with figures instead of one line per event.
 *
 * @param first   the first event of the kind (its key, side, channel, verb and subject stand for all)
 * @param count   how many such events
 * @param lastNanos  time of the last one
 * @param bytes   total wire size of those that had one
 */
public record Summary(TraceEvent first, int count, long lastNanos, long bytes) {
    Summary add(TraceEvent e) {
        return new Summary(first, count + 1, e.nanos(), bytes + Math.max(0, e.size()));
    }

    static Summary of(TraceEvent e) {
        return new Summary(e, 1, e.nanos(), Math.max(0, e.size()));
    }

    public String key() {
        return first.key();
    }

    /** Events per second between the first and the last; 0 when there is no span to measure. */
    public double ratePerSecond() {
        long span = lastNanos - first.nanos();
        return count < 2 || span <= 0 ? 0 : (count - 1) / (span / 1e9);
    }

    /**
     * Placeholder values for the edition's summary phrases ({@code count}, {@code times} as "once"/"twice"/"N times",
     * {@code rate}, {@code first}, {@code last}, {@code bytes}, or the first event's), times relative to
     * {@code origin}.
     */
    String value(String name, long origin) {
        switch (name) {
            case "count":
                return Integer.toString(count);
            case "times":
                return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
            case "rate":
                return String.format(Locale.ROOT, "%.2f", ratePerSecond());
            case "first":
                return Durations.seconds(first.nanos() - origin);
            case "last":
                return Durations.seconds(lastNanos - origin);
            case "bytes":
                return Long.toString(bytes);
            default:
                return Edition.value(first, name);
        }
    }

    /** The figures shown in brackets, the same in every edition. */
    String figures(long origin) {
        String figures = "Count: " + count;
        if (count > 1) {
            figures += ", Rate: " + value("rate", origin) + "/s";
        }
        figures += ", First: " + value("first", origin) + ", Last: " + value("last", origin);
        return bytes > 0 ? figures + ", Bytes: " + bytes : figures;
    }
}
