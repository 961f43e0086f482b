package rituals.server.region;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import rituals.protocol.eventqueue.EventMessage;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import rituals.server.config.IdSource;
import rituals.server.udp.DropReason;
import rituals.server.world.terrain.HeightMap;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Side;

/** A running region on loopback with a recorded probe, a gentle test terrain and a listener that keeps notes. */
final class RegionFixture implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final EventLog events = new EventLog();
    final List<String> left = new CopyOnWriteArrayList<>();
    /** Events the region handed over for agents' event queues. */
    final List<Queued> queued = new CopyOnWriteArrayList<>();
    final HeightMap heights = hills();
    final Region region;

    RegionFixture(RegionSettings settings) {
        RegionListener listener = new RegionListener() {
            @Override
            public void agentLeft(UUID agentId, UUID sessionId, String reason) {
                left.add(agentId + " " + reason);
            }

            @Override
            public void event(UUID agentId, EventMessage event) {
                queued.add(new Queued(agentId, event));
            }
        };
        region = Region.start(settings, heights, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                IdSource.seeded(1), Probe.to(Side.SERVER, events, Clock.system()), Clock.system(), listener);
    }

    record Queued(UUID agentId, EventMessage event) {}

    RegionFixture() {
        this(RegionSettings.defaults("Test Region"));
    }

    /** Rolling hills between about 20 and 32 metres: every patch differs, none is flat. */
    static HeightMap hills() {
        float[] h = new float[256 * 256];
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                h[y * 256 + x] = (float) (26 + 4 * Math.sin(x / 17.0) * Math.cos(y / 23.0) + 2 * Math.sin((x + y) / 9.0));
            }
        }
        return new HeightMap(h);
    }

    Provision provision(String first, String last) {
        return region.provision(UUID.nameUUIDFromBytes((first + " " + last).getBytes()), first, last, "127.0.0.1",
                java.util.Optional.empty());
    }

    /** UseCircuitCode, CompleteAgentMovement and RegionHandshakeReply, each awaited as a real viewer would. */
    static void ritual(RawClient c, Provision p) {
        c.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
        c.await(PacketAck.class, WAIT);
        c.send(CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), true);
        c.await(AgentMovementComplete.class, WAIT);
        c.send(RegionHandshakeReply.of(p.agentId(), p.sessionId(), 0), true);
    }

    /** Waits (bounded by {@link #WAIT}) until the region has counted {@code n} drops for {@code reason}. */
    void awaitDrops(DropReason reason, long n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (region.drops().get(reason) < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(region.drops().get(reason) + " " + reason + " drops counted, not " + n);
            }
            Thread.sleep(10);
        }
    }

    RawClient client() {
        return new RawClient(region.udpAddress());
    }

    RawClient client(int port) {
        return new RawClient(region.udpAddress(), port);
    }

    @Override
    public void close() {
        region.close();
    }
}
