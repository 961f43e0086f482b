package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;

import java.util.UUID;

/** Client to sim: the viewer is active again after AgentPause. */
public record AgentResume(AgentData agentData) implements Message {
    public record AgentData(UUID agentID, UUID sessionID, @U32 long serialNum) {}
}
