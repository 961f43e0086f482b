package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.util.Map;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.AgentUpdate;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.LogoutReply;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;
import rituals.server.udp.DropReason;
import rituals.trace.TraceEvent;

/** Over a real loopback socket: a message the session's phase does not expect is dropped and counted, not run. */
class PhaseTableIT {
    private static final String WRONG_PHASE = "SERVER.UDP.DROP.wrong-phase";

    @Test
    void anAgentUpdateBeforeCompleteAgentMovementIsDroppedAndCountedInCircuitOpen() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Early", "Bird");
            c.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            c.await(PacketAck.class, WAIT);
            c.send(agentUpdate(p), true);
            TraceEvent drop = f.events.await(WRONG_PHASE, WAIT);
            assertThat(drop.fact("Message")).isEqualTo("AgentUpdate");
            assertThat(drop.fact("Phase")).isEqualTo("circuit-open");
            assertThat(drop.fact("User")).isEqualTo("Early Bird");
            assertThat(f.region.phaseDrops().count("AgentUpdate", Phase.CIRCUIT_OPEN)).isEqualTo(1);
            assertThat(f.region.drops().get(DropReason.WRONG_PHASE)).isEqualTo(1);

            // The same message once the agent is root is taken: the table, not the message, was the reason.
            c.send(CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), true);
            c.await(AgentMovementComplete.class, WAIT);
            c.send(RegionHandshakeReply.of(p.agentId(), p.sessionId(), 0), true);
            c.send(agentUpdate(p), true);
            f.events.awaitCount("SERVER.UDP.RECV.AgentUpdate", 2, WAIT);
            assertThat(f.region.phaseDrops().snapshot()).isEqualTo(Map.of("AgentUpdate in circuit-open", 1L));
        }
    }

    @Test
    void aRepeatedHandshakeReplyAndACompleteAgentMovementAfterLogoutAreDropped() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Late", "Comer");
            RegionFixture.ritual(c, p);
            assertThat(c.delivered(RegionHandshake.class)).hasSize(1);
            c.send(RegionHandshakeReply.of(p.agentId(), p.sessionId(), 0), true); // in-world: a second reply
            f.events.await(WRONG_PHASE, WAIT);
            assertThat(f.region.phaseDrops().count("RegionHandshakeReply", Phase.IN_WORLD)).isEqualTo(1);

            c.fallSilent(); // no ack of LogoutReply: the session stays leaving for the logout grace
            c.send(LogoutRequest.of(p.agentId(), p.sessionId()), true);
            c.await(LogoutReply.class, WAIT);
            c.send(CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), true);
            f.events.awaitCount(WRONG_PHASE, 2, WAIT);
            TraceEvent drop = f.events.keyed(WRONG_PHASE).get(1);
            assertThat(drop.fact("Message")).isEqualTo("CompleteAgentMovement");
            assertThat(drop.fact("Phase")).isEqualTo("leaving");
            assertThat(f.region.phaseDrops().count("CompleteAgentMovement", Phase.LEAVING)).isEqualTo(1);
            assertThat(c.delivered(AgentMovementComplete.class)).as("the agent was not placed again").hasSize(1);
        }
    }

    private static AgentUpdate agentUpdate(Provision p) {
        return new AgentUpdate(new AgentUpdate.AgentData(p.agentId(), p.sessionId(), Quaternion.IDENTITY,
                Quaternion.IDENTITY, 0, new Vector3(128, 128, 30), new Vector3(1, 0, 0), new Vector3(0, 1, 0),
                new Vector3(0, 0, 1), 64f, 0, 0));
    }
}
