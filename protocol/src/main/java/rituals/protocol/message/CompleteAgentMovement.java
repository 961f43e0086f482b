package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;

import java.util.UUID;

/** Client to sim: asks to become a root agent in the region, after UseCircuitCode. */
public record CompleteAgentMovement(AgentData agentData) implements Message {
    public static CompleteAgentMovement of(UUID agentID, UUID sessionID, long circuitCode) {
        return new CompleteAgentMovement(new AgentData(agentID, sessionID, circuitCode));
    }

    public record AgentData(UUID agentID, UUID sessionID, @U32 long circuitCode) {}
}
