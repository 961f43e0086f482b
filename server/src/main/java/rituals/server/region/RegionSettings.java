package rituals.server.region;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import rituals.server.udp.CircuitSettings;

/**
 * How a region runs. {@link #defaults(String)} gives OpenSim's numbers; tests shorten the timeouts.
 *
 * @param gridX, gridY     location in regions (× 256 m for the handle)
 * @param ackTimeout       silence after which a circuit is dropped with DisableSimulator (OpenSim AckTimeout: 60 s)
 * @param circuitExpiry    how long a provisioned circuit waits for its UseCircuitCode
 * @param logoutGrace      how long a LogoutReply (or KickUser) may wait for its ack before the circuit closes anyway
 * @param tickMillis       the loop's housekeeping period: timers are checked this often, not every millisecond
 * @param interestRadius   other avatars farther than this are not sent to an agent
 * @param interestCap      ... nor more than this many of them
 * @param simVersion       AgentMovementComplete's ChannelVersion
 */
public record RegionSettings(String name, UUID regionId, UUID ownerId, int gridX, int gridY, int size,
        float waterHeight, Duration ackTimeout, Duration circuitExpiry, Duration logoutGrace, long tickMillis,
        CircuitSettings circuit, float interestRadius, int interestCap, String simVersion) {

    public static RegionSettings defaults(String name) {
        return new RegionSettings(name, UUID.nameUUIDFromBytes(("rituals-region:" + name).getBytes(StandardCharsets.UTF_8)),
                new UUID(0, 0), 1000, 1000, 256, 20f, Duration.ofSeconds(60), Duration.ofSeconds(60),
                Duration.ofSeconds(2), 20, CircuitSettings.DEFAULT, 64f, 64, "Rituals 0.1 (Java)");
    }

    public RegionSettings withTimeouts(Duration ackTimeout, Duration circuitExpiry) {
        return new RegionSettings(name, regionId, ownerId, gridX, gridY, size, waterHeight, ackTimeout, circuitExpiry,
                logoutGrace, tickMillis, circuit, interestRadius, interestCap, simVersion);
    }

    public RegionSettings withInterest(float radius, int cap) {
        return new RegionSettings(name, regionId, ownerId, gridX, gridY, size, waterHeight, ackTimeout, circuitExpiry,
                logoutGrace, tickMillis, circuit, radius, cap, simVersion);
    }

    /** (x metres &lt;&lt; 32) | y metres. */
    public long handle() {
        return ((long) gridX * 256) << 32 | ((long) gridY * 256);
    }
}
