package rituals.protocol.message;

import java.util.UUID;

/** Client to sim: asks what the agent wears, after the handshake; answered by AgentWearablesUpdate. */
public record AgentWearablesRequest(AgentData agentData) implements Message {
    public static AgentWearablesRequest of(UUID agentID, UUID sessionID) {
        return new AgentWearablesRequest(new AgentData(agentID, sessionID));
    }
}
