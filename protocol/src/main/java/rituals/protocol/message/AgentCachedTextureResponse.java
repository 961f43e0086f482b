package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Sim to client: the cached bake for each requested texture index (a zero id when there is none). */
public record AgentCachedTextureResponse(AgentData agentData, @Variable List<WearableData> wearableData)
        implements Message {

    public record AgentData(UUID agentID, UUID sessionID, @S32 int serialNum) {}

    public record WearableData(UUID textureID, @U8 int textureIndex, @Var1 String hostName) {}
}
