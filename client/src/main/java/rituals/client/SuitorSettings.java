package rituals.client;

import rituals.client.login.StartLocation;
import rituals.client.udp.CircuitSettings;

/**
 * A suitor's timings and where it asks to arrive, LibreMetaverse's defaults ({@link #LIBREMETAVERSE}) unless a test
 * shortens them.
 *
 * @param circuit                acks, resends and pings
 * @param agentUpdateMillis      the heartbeat: one AgentUpdate this often (Timing.AgentUpdateInterval, 500 ms)
 * @param simulatorTimeoutMillis give up on a sim silent this long (Timing.SimulatorTimeout, 30 s)
 * @param logoutTimeoutMillis    wait this long for LogoutReply (Timing.LogoutTimeout, 5 s)
 * @param loginTimeoutMillis     the login HTTP exchange (Timing.LoginTimeout, 60 s)
 * @param capsTimeoutMillis      a seed or event-queue request (Timing.CapsTimeout, 60 s)
 * @param eventQueueMinHoldMillis a non-200 poll reply faster than this is an error to back off from, not a keep-alive
 * @param tickMillis             how often the loop looks at the circuit's timers
 * @param regionSize             the region's edge in metres, for the height map
 * @param start                  the login's start location (LibreMetaverse's default: last)
 */
public record SuitorSettings(
        CircuitSettings circuit, long agentUpdateMillis, long simulatorTimeoutMillis, long logoutTimeoutMillis,
        long loginTimeoutMillis, long capsTimeoutMillis, long eventQueueMinHoldMillis, long tickMillis,
        int regionSize, StartLocation start) {

    public static final SuitorSettings LIBREMETAVERSE = new SuitorSettings(CircuitSettings.LIBREMETAVERSE, 500, 30_000,
            5_000, 60_000, 60_000, 1_000, 100, 256, StartLocation.LAST);

    public SuitorSettings {
        if (agentUpdateMillis <= 0 || simulatorTimeoutMillis <= 0 || logoutTimeoutMillis <= 0 || loginTimeoutMillis <= 0
                || capsTimeoutMillis <= 0 || eventQueueMinHoldMillis < 0 || tickMillis <= 0) {
            throw new IllegalArgumentException("suitor timings must be positive");
        }
    }

    /** The same settings, arriving at {@code where}. */
    public SuitorSettings withStart(StartLocation where) {
        return new SuitorSettings(circuit, agentUpdateMillis, simulatorTimeoutMillis, logoutTimeoutMillis,
                loginTimeoutMillis, capsTimeoutMillis, eventQueueMinHoldMillis, tickMillis, regionSize, where);
    }
}
