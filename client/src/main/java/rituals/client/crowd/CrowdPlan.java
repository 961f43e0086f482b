package rituals.client.crowd;

import java.net.URI;
import java.time.Duration;
import rituals.client.Credentials;
import rituals.client.login.LoginFormat;

/**
 * What a crowd run is: N agents named by {@code names} (by default {@code Bot1 Crowd} … {@code BotN Crowd}, the
 * accounts {@code ./rituals user create --count N} makes), launched at {@code rampPerSecond}, each playing
 * {@code scenario}, all staying {@code hold} after the ramp has ended.
 *
 * @param rampPerSecond logins started per second (the arrival rate, not a concurrency limit)
 * @param hold          how long the whole crowd stays once the last agent has been launched; a naturalist logs out
 *                      when it is over
 * @param phaseTimeout  how long each step of arriving may take before the agent counts as failed
 */
public record CrowdPlan(URI loginUri, int agents, double rampPerSecond, Duration hold, String scenario, NamePattern names,
        String password, LoginFormat format, Duration phaseTimeout) {

    public CrowdPlan {
        if (agents < 1) {
            throw new IllegalArgumentException("a crowd needs at least one agent, not " + agents);
        }
        if (!(rampPerSecond > 0)) {
            throw new IllegalArgumentException("the ramp must be a positive number of logins per second");
        }
        if (hold.isNegative() || phaseTimeout.isNegative() || phaseTimeout.isZero()) {
            throw new IllegalArgumentException("hold must be >= 0 and the phase timeout > 0");
        }
    }

    /** When agent {@code index} (0-based) is due to start, in nanoseconds from the start of the run. */
    long launchOffsetNanos(int index) {
        return (long) (index * 1e9 / rampPerSecond);
    }

    /** When the last agent is due to start: the planned end of the ramp. */
    public long rampNanos() {
        return launchOffsetNanos(agents - 1);
    }

    /** Credentials of agent {@code index} (0-based). */
    Credentials credentials(int index) {
        return new Credentials(loginUri, names.firstOf(index), names.lastOf(index), password, format);
    }
}
