package rituals.server.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a venue run is configured with, as loaded by {@link ConfigLoader} (defaults, then the file, then
 * flags). Each component documents the {@link Setting} it comes from.
 *
 * @param httpPort        {@link Setting#HTTP_PORT}; 0 = any free port
 * @param udpPort         {@link Setting#UDP_PORT}; 0 = any free port
 * @param bindAddress     {@link Setting#BIND_ADDRESS}
 * @param externalHost    {@link Setting#EXTERNAL_HOST}: what clients are told (resolved to sim_ip at login)
 * @param regionName      {@link Setting#REGION_NAME}
 * @param regionId        {@link Setting#REGION_ID}
 * @param gridX           {@link Setting#LOCATION} x, in regions
 * @param gridY           {@link Setting#LOCATION} y, in regions
 * @param sizeX           {@link Setting#SIZE_X}, metres
 * @param sizeY           {@link Setting#SIZE_Y}, metres
 * @param dataDir         {@link Setting#DATA_DIR}
 * @param ackTimeout      {@link Setting#ACK_TIMEOUT}
 * @param circuitExpiry   {@link Setting#CIRCUIT_EXPIRY}
 * @param eventQueueHold  {@link Setting#EVENT_QUEUE_HOLD}
 * @param eventQueueLimit {@link Setting#EVENT_QUEUE_LIMIT}
 * @param terrain         {@link Setting#TERRAIN}
 * @param welcomeMessage  {@link Setting#WELCOME_MESSAGE}
 */
public record ServerConfig(
        int httpPort,
        int udpPort,
        String bindAddress,
        String externalHost,
        String regionName,
        UUID regionId,
        int gridX,
        int gridY,
        int sizeX,
        int sizeY,
        Path dataDir,
        Duration ackTimeout,
        Duration circuitExpiry,
        Duration eventQueueHold,
        int eventQueueLimit,
        String terrain,
        String welcomeMessage) {

    /** Metres per grid unit: a region handle and login's region_x/region_y are in metres. */
    public static final int GRID_UNIT_METRES = 256;

    /** The built-in defaults, as listed in {@link Setting}. */
    public static ServerConfig defaults() {
        return new ConfigLoader().load();
    }

    /** Region x in world metres (login's {@code region_x}). */
    public long regionXMetres() {
        return (long) gridX * GRID_UNIT_METRES;
    }

    /** Region y in world metres (login's {@code region_y}). */
    public long regionYMetres() {
        return (long) gridY * GRID_UNIT_METRES;
    }

    /** The region handle: x metres in the high 32 bits, y metres in the low 32 bits. */
    public long regionHandle() {
        return (regionXMetres() << 32) | regionYMetres();
    }

    /** Builds a config from one raw string per setting (every setting must be present). */
    static ServerConfig parse(Map<Setting, String> raw) {
        Values v = new Values(raw);
        int[] location = v.location();
        String name = v.text(Setting.REGION_NAME, false);
        String id = v.text(Setting.REGION_ID, true);
        return new ServerConfig(
                v.port(Setting.HTTP_PORT),
                v.port(Setting.UDP_PORT),
                v.text(Setting.BIND_ADDRESS, false),
                v.text(Setting.EXTERNAL_HOST, false),
                name,
                id.isEmpty() ? derivedRegionId(name) : v.uuid(Setting.REGION_ID),
                location[0],
                location[1],
                v.integer(Setting.SIZE_X, 16, 8192),
                v.integer(Setting.SIZE_Y, 16, 8192),
                Path.of(v.text(Setting.DATA_DIR, false)),
                v.duration(Setting.ACK_TIMEOUT),
                v.duration(Setting.CIRCUIT_EXPIRY),
                v.duration(Setting.EVENT_QUEUE_HOLD),
                v.integer(Setting.EVENT_QUEUE_LIMIT, 1, 100_000),
                v.text(Setting.TERRAIN, false),
                v.text(Setting.WELCOME_MESSAGE, true));
    }

    /** A stable id per region name, so that restarts (and golden narratives) see the same region. */
    static UUID derivedRegionId(String regionName) {
        return UUID.nameUUIDFromBytes(("rituals-region:" + regionName).getBytes(StandardCharsets.UTF_8));
    }
}
