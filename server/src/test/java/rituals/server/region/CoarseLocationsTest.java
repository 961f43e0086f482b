package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.CoarseLocationUpdate;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.Message;
import rituals.protocol.message.Messages;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.terrain.TerrainPacker;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.server.config.IdSource;
import rituals.server.udp.DropCounters;
import rituals.server.udp.Inbound;
import rituals.server.world.World;
import rituals.server.world.terrain.HeightMap;
import rituals.trace.ManualClock;
import rituals.trace.Probe;
import rituals.trace.Side;

/**
 * CoarseLocationUpdate in a region with more avatars than the list holds (60): each listed agent finds itself at its
 * "you" index, every other circuit is told -1, and every datagram carries its own circuit's next sequence number.
 */
class CoarseLocationsTest {
    private static final int AGENTS = 63;
    private static final int LISTED = 60;

    @Test
    void eachCircuitGetsItsOwnIndexAndSequence() {
        PacketCodec codec = new PacketCodec(Messages.CATALOG);
        Map<InetSocketAddress, List<Packet>> sent = new HashMap<>();
        HeightMap heights = RegionFixture.hills();
        World world = new World(heights::heightAt, 256, 1000);
        RegionSettings settings = RegionSettings.defaults("Coarse");
        RegionCore core = new RegionCore(settings, List.of(settings), codec, (to, d) -> {
            if ((d[0] & Packet.FLAG_RESENT) == 0) {
                sent.computeIfAbsent(to, k -> new ArrayList<>()).add(codec.decode(d));
            }
        }, Probe.off(Side.SERVER), world, IdSource.seeded(3), RegionListener.NONE, new DropCounters(),
                TerrainPacker.packInitial(heights.toArray(), 128, 128, 256), new ManualClock(0));
        Map<InetSocketAddress, UUID> agentAt = new HashMap<>();
        for (int i = 0; i < AGENTS; i++) {
            Provision p = core.provision(new UUID(2, i), "Agent", "N" + i, "127.0.0.1", java.util.Optional.empty(), 0).fresh().provision();
            InetSocketAddress from = new InetSocketAddress("127.0.0.1", 20_000 + i);
            agentAt.put(from, p.agentId());
            deliver(core, from, 1, UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()));
            deliver(core, from, 2, CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()));
            // The client acks RegionHandshake, proving it receives: what waited for that proof goes out.
            int handshake = sent.get(from).stream().filter(Packet::reliable).findFirst().orElseThrow().sequence();
            core.onInbound(new Inbound(from, Packet.of(3, PacketAck.of(List.of(handshake)), false, false), 15), 0);
        }

        core.tick(1);

        int listed = 0;
        for (Map.Entry<InetSocketAddress, UUID> e : agentAt.entrySet()) {
            List<Packet> packets = sent.get(e.getKey());
            List<CoarseLocationUpdate> coarse = packets.stream().map(Packet::message)
                    .filter(CoarseLocationUpdate.class::isInstance).map(CoarseLocationUpdate.class::cast).toList();
            assertThat(coarse).hasSize(1);
            CoarseLocationUpdate u = coarse.get(0);
            assertThat(u.agentData()).hasSize(LISTED);
            assertThat(u.location()).hasSize(LISTED);
            int you = u.index().you();
            if (you >= 0) {
                listed++;
                assertThat(u.agentData().get(you).agentID()).isEqualTo(e.getValue());
            } else {
                assertThat(you).isEqualTo(-1);
                assertThat(u.agentData()).extracting(CoarseLocationUpdate.AgentData::agentID)
                        .doesNotContain(e.getValue());
            }
            // Shared or not, the datagram is numbered in the circuit's own sequence.
            List<Long> sequences = packets.stream().map(p -> Integer.toUnsignedLong(p.sequence())).toList();
            assertThat(sequences).doesNotHaveDuplicates().isSorted();
        }
        assertThat(listed).isEqualTo(LISTED);
    }

    private static void deliver(RegionCore core, InetSocketAddress from, int seq, Message m) {
        core.onInbound(new Inbound(from, Packet.of(seq, m, true, false), 60), 0);
    }
}
