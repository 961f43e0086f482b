package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;

import java.util.UUID;

/** Client to sim: the viewer is paused (e.g. minimised); OpenSim then waits PausedAckTimeout before dropping it. */
public record AgentPause(AgentData agentData) implements Message {
    public record AgentData(UUID agentID, UUID sessionID, @U32 long serialNum) {}
}
