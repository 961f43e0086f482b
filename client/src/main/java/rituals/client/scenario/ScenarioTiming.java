package rituals.client.scenario;

import java.time.Duration;

/**
 * The knobs of a scenario's clock, so tests can shorten them. A null {@code linger} or {@code patience} means the
 * scenario's own default.
 *
 * @param linger        how long a naturalist stays before logging out (default 5 s)
 * @param patience      how long a scenario waits for the server's answer to its behaviour (per-scenario default)
 * @param phaseTimeout  how long each step of arriving may take: login, circuit ack, handshake, movement (LibreMetaverse:
 *                      60 s)
 */
public record ScenarioTiming(Duration linger, Duration patience, Duration phaseTimeout) {
    public static final Duration DEFAULT_LINGER = Duration.ofSeconds(5);
    public static final Duration DEFAULT_PHASE_TIMEOUT = Duration.ofSeconds(60);

    /** Every scenario's defaults. */
    public static ScenarioTiming defaults() {
        return new ScenarioTiming(null, null, DEFAULT_PHASE_TIMEOUT);
    }

    public Duration lingerOrDefault() {
        return linger == null ? DEFAULT_LINGER : linger;
    }

    public Duration waitOr(Duration scenarioDefault) {
        return patience == null ? scenarioDefault : patience;
    }
}
