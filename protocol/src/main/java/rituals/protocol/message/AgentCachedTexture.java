package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Client to sim: asks whether the sim has cached bakes for these wearable hashes; answered by the Response. */
public record AgentCachedTexture(AgentData agentData, @Variable List<WearableData> wearableData) implements Message {

    public record AgentData(UUID agentID, UUID sessionID, @S32 int serialNum) {}

    /** @param id the hash of the wearables that make up one bake */
    public record WearableData(UUID id, @U8 int textureIndex) {}
}
