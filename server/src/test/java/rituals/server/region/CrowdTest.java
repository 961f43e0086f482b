package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.Message;
import rituals.protocol.message.Messages;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.terrain.TerrainPacker;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.server.config.IdSource;
import rituals.trace.ManualClock;
import rituals.server.udp.DropCounters;
import rituals.server.udp.Inbound;
import rituals.server.world.terrain.HeightMap;
import rituals.server.world.World;
import rituals.trace.Probe;
import rituals.trace.Side;

/**
 * Two thousand agents in one region, driven by hand on the loop's own code path (no sockets): the avatar updates
 * grow as n × cap, not n²; the tick times are printed for the record.
 */
class CrowdTest {
    private static final int AGENTS = 2000;
    private static final int CAP = 16;

    @Test
    void avatarUpdatesGrowAsNTimesTheCap() {
        PacketCodec codec = new PacketCodec(Messages.CATALOG);
        AtomicLong objectUpdates = new AtomicLong();
        AtomicLong datagrams = new AtomicLong();
        Map<InetSocketAddress, Integer> firstReliable = new HashMap<>();
        HeightMap heights = RegionFixture.hills();
        RegionSettings settings = RegionSettings.defaults("Crowd").withInterest(64f, CAP);
        World world = new World(heights::heightAt, 256, 1000);
        RegionCore core = new RegionCore(settings, List.of(settings), codec, (to, d) -> {
            datagrams.incrementAndGet();
            if ((d[0] & Packet.FLAG_RELIABLE) != 0 && !firstReliable.containsKey(to)) {
                firstReliable.put(to, ByteBuffer.wrap(d, 1, 4).getInt()); // the header's big-endian sequence
            }
            if (d[6] == 0x0C && (d[0] & 0x20) == 0) { // a first send (not RESENT) of ObjectUpdate, High 12
                objectUpdates.incrementAndGet();
            }
        }, Probe.off(Side.SERVER), world, IdSource.seeded(7), RegionListener.NONE, new DropCounters(),
                TerrainPacker.packInitial(heights.toArray(), 128, 128, 256), new ManualClock(0));
        long now = 0;
        List<Provision> provisions = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            provisions.add(core.provision(new UUID(1, i), "Agent", "N" + i, "127.0.0.1", java.util.Optional.empty(), now).fresh().provision());
        }
        for (int i = 0; i < AGENTS; i++) {
            Provision p = provisions.get(i);
            InetSocketAddress from = new InetSocketAddress("127.0.0.1", 10_000 + i);
            deliver(core, from, 1, UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), now);
            deliver(core, from, 2, CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), now);
            // As LibreMetaverse does, the reply carries the ack of RegionHandshake: the endpoint proves it receives.
            core.onInbound(new Inbound(from, Packet.of(3, RegionHandshakeReply.of(p.agentId(), p.sessionId(), 0), true,
                    false).withAcks(List.of(firstReliable.get(from))), 64), now);
        }
        assertThat(core.sessionCount()).isEqualTo(AGENTS);
        assertThat(world.avatars()).hasSize(AGENTS);

        long first = 0;
        long steady = 0;
        for (int t = 1; t <= 50; t++) {
            now += settings.tickMillis() * 1_000_000L;
            long start = System.nanoTime();
            core.tick(now);
            long took = System.nanoTime() - start;
            if (t == 1) {
                first = took; // sends every agent's paced terrain: 2,000 × a dozen LayerData
            } else {
                steady = Math.max(steady, took);
            }
        }
        // Own avatar once each, plus at most CAP neighbours: an agent's interest list never grows past the cap.
        assertThat(objectUpdates.get()).isGreaterThan(AGENTS).isLessThanOrEqualTo((long) AGENTS * (1 + CAP));
        // A figure for the report, not an assertion: timings depend on the machine and its load.
        System.out.printf("[crowd] %d agents: %d datagrams, %d ObjectUpdates, first tick %.1f ms, worst later tick"
                + " %.1f ms%n", AGENTS, datagrams.get(), objectUpdates.get(), first / 1e6, steady / 1e6);
    }

    private static void deliver(RegionCore core, InetSocketAddress from, int seq, Message m, long now) {
        core.onInbound(new Inbound(from, Packet.of(seq, m, true, false), 60), now);
    }
}
