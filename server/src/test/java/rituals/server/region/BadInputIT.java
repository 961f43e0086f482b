package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentUpdate;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;
import rituals.server.udp.DropReason;
import rituals.server.udp.UdpEndpoint;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/** Input that must be dropped and counted, never processed, while everyone else is served. */
class BadInputIT {

    @Test
    void aWrongCircuitCodeGetsTheAckAndNothingMore() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Test", "User");
            c.send(UseCircuitCode.of(p.circuitCode() ^ 0x5555, p.sessionId(), p.agentId()), true);
            c.await(PacketAck.class, WAIT);
            f.events.await("SERVER.UDP.DROP.unknown-circuit-code", WAIT);
            // A second try with the right code but someone else's session fails the same way.
            c.send(UseCircuitCode.of(p.circuitCode(), UUID.randomUUID(), p.agentId()), true);
            f.events.awaitCount("SERVER.UDP.DROP.unknown-circuit-code", 2, WAIT);
            c.send(CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), true);
            f.events.await("SERVER.UDP.DROP.no-circuit", WAIT);

            List<TraceEvent> sent = f.events.matching(e -> e.verb() == Verb.SEND);
            assertThat(sent).extracting(TraceEvent::subject).containsExactly("PacketAck", "PacketAck");
            assertThat(f.events.keyed("SERVER.CIRCUIT.OPEN")).isEmpty();
            assertThat(f.region.drops().get(DropReason.UNKNOWN_CIRCUIT_CODE)).isEqualTo(2);
        }
    }

    @Test
    void aSpoofedEndpointAndForeignIdsAreDroppedAndCounted() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client(); RawClient spoof = f.client()) {
            Provision p = f.provision("Test", "User");
            RegionFixture.ritual(c, p);
            spoof.send(agentUpdate(p.agentId(), p.sessionId()), false);
            f.events.await("SERVER.UDP.DROP.no-circuit", WAIT);
            c.send(agentUpdate(p.agentId(), UUID.randomUUID()), false);
            f.events.await("SERVER.UDP.DROP.bad-ids", WAIT);
            assertThat(f.region.drops().get(DropReason.NO_CIRCUIT)).isEqualTo(1);
            assertThat(f.region.drops().get(DropReason.BAD_IDS)).isEqualTo(1);
            assertThat(f.events.keyed("SERVER.UDP.RECV.AgentUpdate")).as("neither was processed").isEmpty();
            c.send(agentUpdate(p.agentId(), p.sessionId()), false);
            f.events.await("SERVER.UDP.RECV.AgentUpdate", WAIT);
        }
    }

    @Test
    void malformedDatagramsAreCountedWhileAnotherClientIsServed() throws InterruptedException {
        try (RegionFixture f = new RegionFixture(); RawClient good = f.client(); RawClient bad = f.client()) {
            List<byte[]> garbage = List.of(
                    new byte[] {0x40, 0, 0, 0, 1},                                 // shorter than a header
                    new byte[] {0x10, 0, 0, 0, 1, 0, 1, 7},                          // 7 appended acks in 8 bytes
                    new byte[] {0x40, 0, 0, 0, 2, 0, (byte) 0xFF, (byte) 0xFF, 0, 3, 1, 2}, // cut-off UseCircuitCode
                    new byte[] {(byte) 0x80, 0, 0, 0, 3, 0, 0},                       // zero run with no count
                    new byte[] {0x00, 0, 0, 0, 4, (byte) 200, 4});                   // extra header past the end
            Provision p = f.provision("Good", "Client");
            good.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            for (int round = 0; round < 20; round++) {
                for (byte[] g : garbage) {
                    bad.sendRaw(g);
                }
            }
            good.await(PacketAck.class, WAIT);
            RegionFixture.ritual(good, p);
            LoginRitualIT.assertAllPatches(good, f.heights);
            f.awaitDrops(DropReason.MALFORMED, 100);
            assertThat(f.region.drops().get(DropReason.MALFORMED)).isEqualTo(100);
            // Anyone can send garbage: the ritual log traces the first few, not every one.
            assertThat(f.events.keyed("SERVER.UDP.DROP.malformed")).hasSize(UdpEndpoint.MALFORMED_TRACE_BURST);
            assertThat(good.delivered(LayerData.class)).isNotEmpty();
        }
    }

    private static AgentUpdate agentUpdate(UUID agent, UUID session) {
        return new AgentUpdate(new AgentUpdate.AgentData(agent, session, Quaternion.IDENTITY, Quaternion.IDENTITY, 0,
                new Vector3(128, 128, 30), new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1), 64f, 0,
                0));
    }
}
