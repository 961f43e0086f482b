package rituals.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a venue run is configured with, as loaded by {@link ConfigLoader} (defaults, then the file, then
 * flags): the venue's own settings (HTTP, database, login, timeouts) and the regions it hosts. Each component
 * documents the {@link Setting} it comes from.
 *
 * @param httpPort        {@link Setting#HTTP_PORT}; 0 = any free port
 * @param bindAddress     {@link Setting#BIND_ADDRESS}: the HTTP socket's (and the default region's) bind address
 * @param externalHost    {@link Setting#EXTERNAL_HOST}: the host in capability URLs (resolved to an IP literal)
 * @param dataDir         {@link Setting#DATA_DIR}
 * @param ackTimeout      {@link Setting#ACK_TIMEOUT}
 * @param circuitExpiry   {@link Setting#CIRCUIT_EXPIRY}
 * @param eventQueueHold  {@link Setting#EVENT_QUEUE_HOLD}
 * @param eventQueueLimit {@link Setting#EVENT_QUEUE_LIMIT}
 * @param welcomeMessage  {@link Setting#WELCOME_MESSAGE}
 * @param regions         every region hosted, the default one (where an unknown start region lands) first: the
 *                        Regions folder's, or the one region of the [Region] keys
 */
public record ServerConfig(
        int httpPort,
        String bindAddress,
        String externalHost,
        Path dataDir,
        Duration ackTimeout,
        Duration circuitExpiry,
        Duration eventQueueHold,
        int eventQueueLimit,
        String welcomeMessage,
        List<RegionConfig> regions) {

    /** Metres per grid unit: a region handle and login's region_x/region_y are in metres. */
    public static final int GRID_UNIT_METRES = 256;

    public ServerConfig {
        regions = List.copyOf(regions);
        if (regions.isEmpty()) {
            throw new ConfigException("a venue needs at least one region");
        }
    }

    /** The built-in defaults, as listed in {@link Setting}. */
    public static ServerConfig defaults() {
        return new ConfigLoader().load();
    }

    /** Where a login whose start region is unknown lands: the first region. */
    public RegionConfig defaultRegion() {
        return regions.get(0);
    }

    /**
     * Builds a config from one raw string per setting (every setting must be present), with the regions of the
     * folder {@code regionsDir}, or, when it is null, the one region of the [Region] settings.
     */
    static ServerConfig parse(Map<Setting, String> raw, Path regionsDir) {
        Values v = new Values(raw);
        String terrain = v.text(Setting.TERRAIN, false);
        List<RegionConfig> regions = regionsDir == null
                ? List.of(RegionConfig.of("[Region]", v.text(Setting.REGION_NAME, false), v, terrain))
                : RegionFiles.read(regionsDir, raw, terrain);
        return new ServerConfig(
                v.port(Setting.HTTP_PORT),
                v.text(Setting.BIND_ADDRESS, false),
                v.text(Setting.EXTERNAL_HOST, false),
                Path.of(v.text(Setting.DATA_DIR, false)),
                v.duration(Setting.ACK_TIMEOUT),
                v.duration(Setting.CIRCUIT_EXPIRY),
                v.duration(Setting.EVENT_QUEUE_HOLD),
                v.integer(Setting.EVENT_QUEUE_LIMIT, 1, 100_000),
                v.text(Setting.WELCOME_MESSAGE, true),
                regions);
    }
}
