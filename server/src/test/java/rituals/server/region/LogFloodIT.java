package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.UseCircuitCode;
import rituals.server.testing.LogCapture;
import rituals.server.udp.DropReason;

/** A flood of forged UseCircuitCode datagrams costs a few log lines and trace events, and is counted whole. */
class LogFloodIT {
    static final int FORGED = 2_000;

    @Test
    void forgedTicketsAreCountedButLoggedAndTracedOnlyAFewTimes() throws Exception {
        try (LogCapture log = new LogCapture(RegionCore.class); RegionFixture f = new RegionFixture();
                RawClient forger = f.client(); RawClient good = f.client()) {
            for (int i = 0; i < FORGED; i++) {
                forger.send(UseCircuitCode.of(1000 + i, UUID.randomUUID(), UUID.randomUUID()), false);
            }
            f.awaitDrops(DropReason.UNKNOWN_CIRCUIT_CODE, FORGED);
            // A real client opens its circuit in the middle of it all, and is traced in full.
            Provision p = f.provision("Test", "User");
            good.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            good.await(PacketAck.class, WAIT);
            good.send(CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), true);
            good.await(AgentMovementComplete.class, WAIT);
            f.events.await("SERVER.CIRCUIT.OPEN", WAIT);

            assertThat(log.lines).filteredOn(l -> l.contains("unknown circuit code")).hasSize(1);
            assertThat(f.events.keyed("SERVER.UDP.DROP.unknown-circuit-code"))
                    .hasSize(RegionCore.STRANGER_TRACE_BURST);
            assertThat(f.events.keyed("SERVER.UDP.RECV.UseCircuitCode"))
                    .hasSize(RegionCore.STRANGER_TRACE_BURST + 1);
        }
    }
}
