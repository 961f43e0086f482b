package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.udp.Packet;

/**
 * The ritual through a relay that loses 20% of the datagrams each way: resends on both sides carry it through, and
 * every reliable message reaches each application exactly once.
 */
class LossyRitualIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void theRitualCompletesWithOneDatagramInFiveLost() throws Exception {
        try (RegionFixture f = new RegionFixture();
                LossyRelay relay = new LossyRelay(f.region.udpAddress(), 0.2, 42);
                RawClient c = new RawClient(relay.address())) {
            Provision p = f.provision("Lossy", "Line");
            f.region.onSeedCapabilityServed(p.agentId());
            c.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            c.send(CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), true);
            c.await(AgentMovementComplete.class, WAIT);
            c.send(RegionHandshakeReply.of(p.agentId(), p.sessionId(), 0), true);
            LoginRitualIT.assertAllPatches(c, f.heights);
            c.await(ObjectUpdate.class, 3, WAIT);

            assertThat(c.delivered(RegionHandshake.class)).hasSize(1);
            assertThat(c.delivered(AgentMovementComplete.class)).hasSize(1);
            assertThat(relay.dropped.get()).isPositive();
            assertThat(f.events.keyed("SERVER.UDP.RECV.CompleteAgentMovement")).hasSize(1);
            assertThat(f.events.keyed("SERVER.UDP.RECV.RegionHandshakeReply")).hasSize(1);
            assertThat(f.events.keyed("SERVER.CIRCUIT.OPEN")).hasSize(1);
            long resent = c.datagrams().stream().filter(Packet::resent).count();
            assertThat(resent).as("lost reliable packets came again, marked RESENT").isPositive();
            assertThat(f.events.keyed("SERVER.UDP.RESEND.LayerData").size()
                    + f.events.keyed("SERVER.UDP.RESEND.ObjectUpdate").size()).isPositive();
        }
    }
}
