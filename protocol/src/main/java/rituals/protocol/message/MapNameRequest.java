package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.Var1;

import java.util.UUID;

/** Client to sim: looks regions up by name on the world map; answered by MapBlockReply. */
public record MapNameRequest(AgentData agentData, NameData nameData) implements Message {

    public record AgentData(UUID agentID, UUID sessionID, @U32 long flags, @U32 long estateID, boolean godlike) {}

    public record NameData(@Var1 String name) {}
}
