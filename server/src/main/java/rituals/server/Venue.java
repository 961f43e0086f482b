package rituals.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import rituals.protocol.eventqueue.EventMessage;
import rituals.server.account.AccountStore;
import rituals.server.caps.CapsRegistry;
import rituals.server.caps.EventQueue;
import rituals.server.config.ExternalHost;
import rituals.server.config.IdSource;
import rituals.server.config.RegionConfig;
import rituals.server.config.ServerConfig;
import rituals.server.http.HttpFrontEnd;
import rituals.server.login.LoginService;
import rituals.server.region.Region;
import rituals.server.region.RegionListener;
import rituals.server.region.Regions;
import rituals.server.region.RegionSettings;
import rituals.server.udp.CircuitSettings;
import rituals.server.world.terrain.HeightMap;
import rituals.server.world.terrain.HeightMapFiles;
import rituals.server.world.terrain.IslandGenerator;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Side;

/**
 * The composition root of the venue: a standalone grid of the configured regions in one process, as OpenSim runs in
 * standalone mode. It is the only place that creates the server's services and connects them: accounts, the
 * regions (each its own UDP socket and loop thread), login and capabilities (HTTP, shared).
 */
public final class Venue implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Venue.class.getName());
    /** The default island is generated from this seed, so every venue (and every narrative) stands on the same land. */
    public static final long ISLAND_SEED = 1000_1000L;

    private final ServerConfig config;
    private final AccountStore accounts;
    private final HeightMap heightMap;
    private final ScheduledThreadPoolExecutor timer;
    private final CapsRegistry caps;
    private final Regions regions;
    private final HttpFrontEnd http;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Venue(ServerConfig config, Clock clock, Probe probe, IdSource ids) throws IOException {
        this.config = config;
        this.accounts = AccountStore.open(config.dataDir());
        this.heightMap = terrain(config.defaultRegion().terrain());
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rituals-caps-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.caps = new CapsRegistry(ids, new EventQueue(config.eventQueueLimit(), config.eventQueueHold(), timer, ids));
        List<RegionSettings> grid = config.regions().stream().map(r -> regionSettings(config, r)).toList();
        List<Regions.Hosted> hosted = new ArrayList<>();
        try {
            for (int i = 0; i < grid.size(); i++) {
                RegionConfig r = config.regions().get(i);
                String simIp = ExternalHost.resolve(r.externalHost(), r.origin() + " ExternalHostName");
                Region region = Region.start(grid.get(i), grid, heightMap,
                        new InetSocketAddress(r.internalAddress(), r.internalPort()), ids, probe, clock,
                        new Listener(r.name()));
                hosted.add(new Regions.Hosted(region, simIp, r.maxAgents()));
            }
            this.regions = new Regions(hosted);
            caps.onSeedServed(agent -> regions.byName(agent.region())
                    .ifPresent(r -> r.onSeedCapabilityServed(agent.agentId())));
            LoginService login = new LoginService(config, accounts, regions, caps, clock, probe);
            this.http = new HttpFrontEnd(config, login, caps, probe);
            http.start();
        } catch (IOException | RuntimeException e) {
            hosted.forEach(h -> h.region().close());
            timer.shutdownNow();
            accounts.close();
            throw e;
        }
    }

    /** Starts a venue with the given clock and server-side probe (use {@code Probe.off(Side.SERVER)} for none). */
    public static Venue start(ServerConfig config, Clock clock, Probe probe, IdSource ids) throws IOException {
        return new Venue(config, clock, probe, ids);
    }

    public static Venue start(ServerConfig config) throws IOException {
        return start(config, Clock.system(), Probe.off(Side.SERVER), IdSource.secure());
    }

    /** A built-in terrain by name, or a height map file. */
    static HeightMap terrain(String nameOrFile) throws IOException {
        switch (nameOrFile) {
            case "island":
                return IslandGenerator.generate(ISLAND_SEED);
            case "flat":
                return HeightMap.flat(21f);
            default:
                return HeightMapFiles.load(Path.of(nameOrFile));
        }
    }

    static RegionSettings regionSettings(ServerConfig c, RegionConfig r) {
        RegionSettings d = RegionSettings.defaults(r.name()).withTimeouts(c.ackTimeout(), c.circuitExpiry());
        return new RegionSettings(r.name(), r.regionId(), d.ownerId(), r.gridX(), r.gridY(), r.sizeX(),
                d.waterHeight(), d.ackTimeout(), d.circuitExpiry(), d.logoutGrace(), d.tickMillis(),
                circuitSettings(d.circuit(), c.ackTimeout().toMillis()), d.interestRadius(), d.interestCap(),
                d.simVersion());
    }

    /**
     * OpenSim pings every 5 s against a 60 s AckTimeout, so a client that answers pings is never silent for long.
     * When the timeout is shortened (tests, performances) the ping keeps that proportion, at most every 5 s and at
     * least a quarter of the timeout, or a client that only answers pings would be dropped.
     */
    static CircuitSettings circuitSettings(CircuitSettings d, long ackTimeoutMillis) {
        long ping = Math.max(50, Math.min(d.pingIntervalMillis(), ackTimeoutMillis / 4));
        return new CircuitSettings(d.reliability(), d.ackFlushMillis(), d.ackFlushBytes(), d.resendCheckMillis(), ping,
                d.maxQueued());
    }

    public ServerConfig config() {
        return config;
    }

    public AccountStore accounts() {
        return accounts;
    }

    /** The default region: where a login lands when its start location names no region here. */
    public Region region() {
        return regions.all().get(0).region();
    }

    /** Every region, the default one first. */
    public List<Region> regions() {
        return regions.all().stream().map(Regions.Hosted::region).toList();
    }

    /**
     * Kicks the agent from every region that holds it (KickUser with {@code message}, then the circuit closes, as a
     * second login's kick does); false when no region holds it.
     */
    public boolean kick(UUID agentId, String message) {
        if (!regions.isInRegion(agentId)) {
            return false;
        }
        regions.kick(agentId, message);
        return true;
    }

    public CapsRegistry caps() {
        return caps;
    }

    public HeightMap heightMap() {
        return heightMap;
    }

    /** {@code http://host:port/}: what clients are given as their login URI. */
    public String loginUri() {
        return http.loginUri();
    }

    public int httpPort() {
        return http.boundPort();
    }

    /** The default region's UDP address. */
    public InetSocketAddress udpAddress() {
        return region().udpAddress();
    }

    /** Stops the venue once; a second call (Ctrl-C after quit, an interrupted run's hook) does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        http.close();
        regions.all().forEach(h -> h.region().close());
        timer.shutdownNow();
        accounts.close();
        LOG.info(() -> "[VENUE]: " + config.regions().size() + " region(s) closed");
    }

    /**
     * One region's listener: closes an agent's caps in that region when its session there ends (only the caps of the
     * login, by session id, that ended); queues the region's events for its agents.
     */
    private final class Listener implements RegionListener {
        private final String region;

        Listener(String region) {
            this.region = region;
        }

        @Override
        public void event(UUID agentId, EventMessage event) {
            // Off the region loop: a parked poll is answered (written to its socket) inside enqueue.
            timer.execute(() -> caps.eventQueue().enqueue(agentId, event.toRaw()));
        }

        @Override
        public void agentLeft(UUID agentId, UUID sessionId, String reason) {
            caps.closeIfCurrent(agentId, region, sessionId);
        }
    }
}
