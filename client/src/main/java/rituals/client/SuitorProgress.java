package rituals.client;

import java.util.Locale;

/**
 * Where a suitor's ritual stands at one moment, for a live progress line.
 *
 * @param latest            the milestone reached last (null before the login reply)
 * @param sinceLoginMillis  time since the login request
 * @param datagramsSent     datagrams sent on the root simulator's circuit
 * @param datagramsReceived datagrams received on it
 */
public record SuitorProgress(Phase latest, long sinceLoginMillis, long datagramsSent, long datagramsReceived) {
    /** One line: "RegionHandshake · 1.4 s · 37 datagrams in, 12 out". */
    public String line() {
        return (latest == null ? "logging in" : latest.label()) + " · "
                + String.format(Locale.ROOT, "%.1f s", sinceLoginMillis / 1000.0) + " · "
                + datagramsReceived + " datagrams in, " + datagramsSent + " out";
    }
}
