package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;

import java.util.UUID;

/**
 * Client to sim: acknowledges RegionHandshake; OpenSim starts sending the scene only after it (flags: bit 1 cache
 * culling, bit 2 cache empty, bit 4 self-appearance).
 */
public record RegionHandshakeReply(AgentData agentData, RegionInfo regionInfo) implements Message {
    public static RegionHandshakeReply of(UUID agentID, UUID sessionID, long flags) {
        return new RegionHandshakeReply(new AgentData(agentID, sessionID), new RegionInfo(flags));
    }

    public record RegionInfo(@U32 long flags) {}
}
