package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.Message;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.terrain.LayerDataCodec;
import rituals.protocol.terrain.LayerGroup;
import rituals.protocol.terrain.Patch;
import rituals.protocol.udp.Packet;
import rituals.server.world.terrain.HeightMap;

/** The login ritual over real loopback UDP, against what OpenSim 0.9.2.2 sent libomv and node-metaverse. */
class LoginRitualIT {

    @Test
    void useCircuitCodeIsAckedAtOnceWithSequenceZero() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Test", "User");
            int seq = c.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            PacketAck ack = c.await(PacketAck.class, WAIT);
            Packet first = c.datagrams().get(0);
            assertThat(first.message()).isEqualTo(ack);
            assertThat(first.sequence()).isZero();
            assertThat(first.reliable()).isFalse();
            assertThat(ack.ids()).containsExactly(seq);
            f.events.await("SERVER.CIRCUIT.OPEN", WAIT);
            assertThat(f.region.isPresent(p.agentId())).isTrue();
        }
    }

    @Test
    void loginProvisionsThroughTheCircuitProvisionerInterface() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Regions login = new Regions(java.util.List.of(new Regions.Hosted(f.region, "127.0.0.1", 100)));
            rituals.server.account.Account account = new rituals.server.account.Account(
                    java.util.UUID.nameUUIDFromBytes("Via Login".getBytes()), "Via", "Login", 0);
            rituals.server.login.Provision p = login.provision(account,
                    rituals.server.login.StartLocation.parse("last"), "127.0.0.1");
            assertThat(p.seedPath()).matches("/CAPS/[0-9a-f-]{36}0000/");
            assertThat(login.isInRegion(account.agentId())).isTrue();
            assertThat(p.destination().simPort()).isEqualTo(f.region.udpAddress().getPort());
            assertThat(p.destination().regionName()).isEqualTo("Test Region");
            c.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            assertThat(f.events.await("SERVER.CIRCUIT.OPEN", WAIT).fact("User")).isEqualTo("Via Login");
        }
    }

    @Test
    void handshakeThenMovementThenAvatarAndTheWholeTerrain() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Test", "User");
            c.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            c.await(PacketAck.class, WAIT);
            c.send(CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), true);
            RegionHandshake hs = c.await(RegionHandshake.class, WAIT);
            AgentMovementComplete amc = c.await(AgentMovementComplete.class, WAIT);
            assertThat(hs.regionInfo().simName()).isEqualTo("Test Region");
            assertThat(c.delivered(ObjectUpdate.class)).as("nothing of the scene before RegionHandshakeReply").isEmpty();
            assertThat(c.delivered(LayerData.class)).isEmpty();

            float ground = f.heights.heightAt(128, 128);
            assertThat(amc.data().position().x()).isEqualTo(128f);
            assertThat(amc.data().position().y()).isEqualTo(128f);
            assertThat(amc.data().position().z()).isEqualTo(ground);
            assertThat(amc.data().lookAt()).isEqualTo(new rituals.protocol.types.Vector3(1, 0, 0));
            assertThat(amc.agentData().agentID()).isEqualTo(p.agentId());
            assertThat(amc.data().regionHandle()).isEqualTo(256_000L << 32 | 256_000L);

            c.send(RegionHandshakeReply.of(p.agentId(), p.sessionId(), 0), true);
            ObjectUpdate avatar = c.await(ObjectUpdate.class, WAIT);
            assertThat(avatar.objectData()).hasSize(1);
            assertThat(avatar.objectData().get(0).pCode()).isEqualTo(47);
            assertThat(avatar.objectData().get(0).fullID()).isEqualTo(p.agentId());
            assertThat(avatar.objectData().get(0).objectData().length()).isEqualTo(76);
            assertThat(avatar.objectData().get(0).nameValue()).isEqualTo(
                    "FirstName STRING RW SV Test\nLastName STRING RW SV User\nTitle STRING RW SV ");

            List<Message> order = c.delivered().stream()
                    .filter(m -> !(m instanceof PacketAck) && !(m instanceof rituals.protocol.message.CoarseLocationUpdate))
                    .toList();
            assertThat(order.get(0)).isInstanceOf(RegionHandshake.class);
            assertThat(order.get(1)).isInstanceOf(AgentMovementComplete.class);

            assertAllPatches(c, f.heights);
            assertThat(c.delivered(ObjectUpdate.class)).as("prims wait for the seed capability").hasSize(1);

            f.region.onSeedCapabilityServed(p.agentId());
            List<ObjectUpdate> updates = c.await(ObjectUpdate.class, 3, WAIT);
            long prims = updates.stream().flatMap(u -> u.objectData().stream()).filter(o -> o.pCode() == 9).count();
            assertThat(prims).isEqualTo(4);
        }
    }

    /** Every one of the 256 patches arrives once, several per LayerData of about 1,000 bytes, and decodes. */
    static void assertAllPatches(RawClient c, HeightMap heights) {
        Set<Integer> seen = new HashSet<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        int blobs = 0;
        while (seen.size() < 256) {
            assertThat(System.nanoTime()).as("all 256 patches within %s", WAIT).isLessThan(deadline);
            List<LayerData> layers = c.await(LayerData.class, blobs + 1, WAIT);
            for (LayerData l : layers.subList(blobs, layers.size())) {
                assertThat(l.layerID().type()).isEqualTo(LayerData.LAND);
                LayerGroup g = LayerDataCodec.decode(l.layerData().data().toArray());
                assertThat(g.patches().size()).isGreaterThan(1);
                for (Patch patch : g.patches()) {
                    assertThat(seen.add(patch.y() * 16 + patch.x())).as("patch %d,%d twice", patch.x(), patch.y())
                            .isTrue();
                    float expected = heights.height(patch.x() * 16 + 5, patch.y() * 16 + 3);
                    assertThat(patch.height(5, 3)).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.5f));
                }
            }
            blobs = layers.size();
        }
        for (Packet d : c.datagrams()) {
            if (d.message() instanceof LayerData) {
                assertThat(d.reliable()).isTrue();
            }
        }
        assertThat(blobs).isBetween(8, 40);
    }
}
