package rituals.server.config;

/**
 * Every key of the configuration file, with its section, default and meaning: the one table that the loader, the
 * defaults and docs/CONFIG.md agree on. Keys reuse OpenSim's names where OpenSim has one (OpenSim.ini [Network] and
 * [ClientStack.LindenUDP], Regions.ini, [LoginService], [Terrain]) so that an OpenSim operator finds them; the
 * [Rituals] section holds what OpenSim hard-codes.
 */
public enum Setting {
    HTTP_PORT("Network", "http_listener_port", "9000", "TCP port for login (POST /) and capabilities; 0 picks a free port."),
    BIND_ADDRESS("Region", "InternalAddress", "0.0.0.0", "Address the HTTP and UDP sockets bind to."),
    UDP_PORT("Region", "InternalPort", "9000", "UDP port of the region; 0 picks a free port."),
    EXTERNAL_HOST("Region", "ExternalHostName", "127.0.0.1",
            "Address clients are told to use (sim_ip and capability URLs); a host name is resolved to an IP literal, "
                    + "SYSTEMIP to this machine's first non-loopback IPv4 address."),
    REGION_NAME("Region", "RegionName", "Default Region", "Name of the region when no Regions folder is given."),
    REGION_ID("Region", "RegionUUID", "",
            "UUID of the region; empty derives a stable one from the region name."),
    LOCATION("Region", "Location", "1000,1000", "Grid location x,y in region units (256 m)."),
    SIZE_X("Region", "SizeX", "256", "Region width in metres; only 256 is served, another value stops the start."),
    SIZE_Y("Region", "SizeY", "256", "Region depth in metres; only 256 is served, another value stops the start."),
    MAX_AGENTS("Region", "MaxAgents", "100", "Agents the region admits at once; a login beyond it is refused."),
    ACK_TIMEOUT("ClientStack.LindenUDP", "AckTimeout", "60",
            "Silence after which a circuit is dropped (seconds, or with an ms/s suffix)."),
    WELCOME_MESSAGE("LoginService", "WelcomeMessage", "Welcome to Rituals, <USERNAME>!",
            "The login reply's message; <USERNAME> becomes the user's full name."),
    TERRAIN("Terrain", "InitialTerrain", "island",
            "Initial terrain: `island` (a generated island, the same every time), `flat` (level ground at 21 m), or "
                    + "the path of a 256x256 height map (.r32 floats, 8-bit .raw, or 13-channel LLRAW .raw)."),
    DATA_DIR("Rituals", "DataDirectory", "./rituals-data", "Directory of the embedded SQLite database."),
    CIRCUIT_EXPIRY("Rituals", "CircuitExpiry", "60",
            "How long a circuit provisioned at login waits for UseCircuitCode before it is dropped."),
    EVENT_QUEUE_HOLD("Rituals", "EventQueueHold", "58",
            "How long an EventQueueGet poll is held before the empty 502 reply."),
    EVENT_QUEUE_LIMIT("Rituals", "EventQueueLimit", "100",
            "Events queued per agent before the oldest are dropped (logged).");

    private final String section;
    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String section, String key, String defaultValue, String description) {
        this.section = section;
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String section() {
        return section;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** "[Network] http_listener_port": how error messages and the docs name a key. */
    public String qualifiedName() {
        return "[" + section + "] " + key;
    }
}
