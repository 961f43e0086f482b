package rituals.trace.narrative;

import java.util.Locale;

/** How times read in every rendering: seconds with milliseconds for moments, milliseconds for phases. */
final class Durations {
    private Durations() {}

    /** "61.114 s". */
    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    /** "61114.0": milliseconds with one decimal, for tables. */
    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
