package rituals.server.region;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import rituals.protocol.message.Messages;
import rituals.protocol.terrain.LayerBlob;
import rituals.protocol.terrain.TerrainPacker;
import rituals.protocol.types.Vector3;
import rituals.protocol.udp.PacketCodec;
import rituals.server.config.IdSource;
import rituals.server.udp.DropCounters;
import rituals.server.udp.UdpEndpoint;
import rituals.server.world.DefaultScene;
import rituals.server.world.World;
import rituals.server.world.terrain.HeightMap;
import rituals.trace.Clock;
import rituals.trace.Probe;

/**
 * A running region: its UDP endpoint, its loop thread and its world. This is the API the rest of the server uses;
 * every method may be called from any thread (HTTP handlers included) and hands its work to the loop thread.
 */
public final class Region implements AutoCloseable {
    /** How far the initial terrain send reaches (OpenSim's default draw distance); the whole region at 256 m. */
    private static final float DRAW_DISTANCE = 256f;

    private final Clock clock;
    private final RegionCore core;
    private final RegionLoop loop;
    private final UdpEndpoint udp;
    private final DropCounters drops = new DropCounters();

    private Region(RegionSettings settings, List<RegionSettings> grid, HeightMap heightMap, InetSocketAddress bind,
            IdSource ids, Probe probe, Clock clock, RegionListener listener) {
        this.clock = clock;
        World world = new World(heightMap::heightAt, settings.size(), 1_000_000);
        DefaultScene.populate(world, settings.ownerId(), ids::uuid);
        List<LayerBlob> terrain = TerrainPacker.packInitial(heightMap.toArray(), world.startPosition().x(),
                world.startPosition().y(), DRAW_DISTANCE);
        PacketCodec codec = new PacketCodec(Messages.CATALOG);
        probe = probe.inRegion(settings.name(), settings.handle());
        RegionLoop[] loopRef = new RegionLoop[1];
        this.udp = new UdpEndpoint(bind, codec, in -> loopRef[0].offer(in), drops, probe, clock);
        this.core = new RegionCore(settings, grid, codec, udp, probe, world, ids, listener, drops, terrain,
                clock);
        this.loop = new RegionLoop(core, clock, settings.tickMillis(), "region-loop " + settings.name());
        loopRef[0] = loop;
    }

    /**
     * Binds the UDP socket and starts the loop thread.
     *
     * @param grid      every region of the venue, this one included: what the world map shows
     * @param ids       circuit codes, session ids, object ids: {@code IdSource.secure()} for real runs
     */
    public static Region start(RegionSettings settings, List<RegionSettings> grid, HeightMap heightMap,
            InetSocketAddress bind, IdSource ids, Probe probe, Clock clock, RegionListener listener) {
        Region r = new Region(settings, grid, heightMap, bind, ids, probe, clock, listener);
        r.loop.start();
        return r;
    }

    /** A region alone on its grid. */
    public static Region start(RegionSettings settings, HeightMap heightMap, InetSocketAddress bind, IdSource ids,
            Probe probe, Clock clock, RegionListener listener) {
        return start(settings, List.of(settings), heightMap, bind, ids, probe, clock, listener);
    }

    /** Where clients send UDP: login's sim_ip and sim_port. */
    public InetSocketAddress udpAddress() {
        return udp.localAddress();
    }

    /** The region as a value: name, id, grid location and handle, size. */
    public RegionSettings settings() {
        return core.settings();
    }

    /** Agents holding a circuit or an unused provision here (MaxAgents counts them). */
    public int agentCount() {
        return core.agentCount();
    }

    /** Messages dropped because they came in a phase that does not expect them, by message and phase. */
    public PhaseDrops phaseDrops() {
        return core.phaseDrops();
    }

    /** Datagrams dropped, per reason. */
    public DropCounters drops() {
        return drops;
    }

    /**
     * Provisions a circuit for a login (OpenSim's NewUserConnection): a fresh circuit code and session ids, and where
     * the avatar will stand. The circuit waits {@code circuitExpiry} for its UseCircuitCode. Any thread; it does not
     * wait for the loop, and the login reply it leads to can only bring a UseCircuitCode after it.
     *
     * @param position where the login asked to stand (a {@code uri:} start), or empty for the region's centre
     */
    public Provision provision(UUID agentId, String firstName, String lastName, String remoteIp,
            Optional<Vector3> position) {
        RegionCore.Reservation r = core.provision(agentId, firstName, lastName, remoteIp, position, clock.nanos());
        if (r.replaced() != null) {
            loop.submit(() -> core.replaced(r.replaced()));
        }
        return r.fresh().provision();
    }

    /** Whether the agent holds a circuit or an unused provision here (login's "already logged in" check). */
    public boolean isPresent(UUID agentId) {
        return core.isPresent(agentId);
    }

    /**
     * Sends KickUser with the reason and closes the circuit once it is acked (or after the logout grace); a circuit
     * already leaving is closed at once, and an unused provision is dropped.
     */
    public void kick(UUID agentId, String reason) {
        PendingCircuit pending = core.pendingOf(agentId);
        loop.submit(() -> core.kick(agentId, pending, reason, clock.nanos()));
    }

    /**
     * Every open session, as the loop thread sees it: the snapshot is taken there (the sessions are its alone) and
     * this waits for it at most {@code bound}.
     *
     * @throws TimeoutException when the loop did not answer within {@code bound} (stopped, or far behind)
     */
    public List<AgentSnapshot> sessions(Duration bound) throws TimeoutException, InterruptedException {
        CompletableFuture<List<AgentSnapshot>> answer = new CompletableFuture<>();
        loop.submit(() -> answer.complete(core.snapshot(clock.nanos())));
        try {
            return answer.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the region loop failed to list its sessions", e.getCause());
        }
    }

    /** The seed capability was served to the agent: with RegionHandshakeReply, this releases the region's prims. */
    public void onSeedCapabilityServed(UUID agentId) {
        loop.submit(() -> core.seedServed(agentId, clock.nanos()));
    }

    /** Sends DisableSimulator to every circuit, closes them, stops the loop and the socket. */
    @Override
    public void close() {
        loop.stop(() -> core.shutdown(clock.nanos()));
        udp.close();
    }
}
