package rituals.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import rituals.server.config.ConfigLoader;
import rituals.server.config.ServerConfig;
import rituals.server.config.Setting;

/**
 * The venue's configuration flags, as a picocli mixin for {@code serve} (and anything else that starts a venue):
 * defaults, then {@code --config FILE}, then each flag given (docs/CONFIG.md lists the keys).
 */
public final class ServerConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (INI, OpenSim key names).")
    Path configFile;

    @Option(names = "--regions", paramLabel = "DIR",
            description = "OpenSim's Regions folder: host every region of its *.ini files, each on its own UDP port.")
    Path regionsDir;

    @Option(names = "--http-port", paramLabel = "PORT", description = "HTTP port for login and caps (0 = any free).")
    String httpPort;

    @Option(names = "--udp-port", paramLabel = "PORT",
            description = "UDP port of the region (0 = any free); a Regions folder's regions set their own.")
    String udpPort;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to bind both sockets to (default 0.0.0.0, every interface, so viewers on other "
                    + "machines can log in; 127.0.0.1 for this machine only).")
    String bindAddress;

    @Option(names = "--external-host", paramLabel = "HOST", description = "Address clients are told (sim_ip).")
    String externalHost;

    @Option(names = "--region-name", paramLabel = "NAME", description = "Name of the region.")
    String regionName;

    @Option(names = "--location", paramLabel = "X,Y", description = "Grid location of the region.")
    String location;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (SQLite database).")
    String dataDir;

    @Option(names = "--ack-timeout", paramLabel = "DURATION", description = "Silence before a circuit is dropped.")
    String ackTimeout;

    @Option(names = "--circuit-expiry", paramLabel = "DURATION",
            description = "How long a login's circuit waits for UseCircuitCode.")
    String circuitExpiry;

    @Option(names = "--event-queue-hold", paramLabel = "DURATION",
            description = "How long an EventQueueGet poll is held before 502.")
    String eventQueueHold;

    @Option(names = "--terrain", paramLabel = "NAME|FILE", description = "Initial terrain.")
    String terrain;

    @Option(names = "--max-agents", paramLabel = "N",
            description = "Agents each region admits at once (OpenSim's MaxAgents, default 100); a crowd needs more.")
    String maxAgents;

    @Option(names = "--welcome", paramLabel = "TEXT", description = "Login welcome message (<USERNAME> is replaced).")
    String welcomeMessage;

    /** Loads the configuration; throws {@link rituals.server.config.ConfigException} naming a bad key or value. */
    public ServerConfig load() {
        ConfigLoader loader = new ConfigLoader();
        if (configFile != null) {
            loader.file(configFile);
        }
        if (regionsDir != null) {
            loader.regions(regionsDir);
        }
        flag(loader, Setting.HTTP_PORT, httpPort);
        flag(loader, Setting.UDP_PORT, udpPort);
        flag(loader, Setting.BIND_ADDRESS, bindAddress);
        flag(loader, Setting.EXTERNAL_HOST, externalHost);
        flag(loader, Setting.REGION_NAME, regionName);
        flag(loader, Setting.LOCATION, location);
        flag(loader, Setting.DATA_DIR, dataDir);
        flag(loader, Setting.ACK_TIMEOUT, ackTimeout);
        flag(loader, Setting.CIRCUIT_EXPIRY, circuitExpiry);
        flag(loader, Setting.EVENT_QUEUE_HOLD, eventQueueHold);
        flag(loader, Setting.TERRAIN, terrain);
        flag(loader, Setting.WELCOME_MESSAGE, welcomeMessage);
        flag(loader, Setting.MAX_AGENTS, maxAgents);
        return loader.load();
    }

    private static void flag(ConfigLoader loader, Setting setting, String value) {
        if (value != null) {
            loader.set(setting, value);
        }
    }
}
