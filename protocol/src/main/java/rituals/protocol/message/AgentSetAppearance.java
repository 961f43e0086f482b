package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var2;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;

/** Client to sim: the agent's appearance (size, bakes, visual parameters), after it fetched its wearables. */
public record AgentSetAppearance(
        AgentData agentData,
        @Variable List<WearableData> wearableData,
        ObjectData objectData,
        @Variable List<VisualParam> visualParam)
        implements Message {

    public record AgentData(UUID agentID, UUID sessionID, @U32 long serialNum, Vector3 size) {}

    public record WearableData(UUID cacheID, @U8 int textureIndex) {}

    public record ObjectData(@Var2 Bytes textureEntry) {}

    public record VisualParam(@U8 int paramValue) {}
}
