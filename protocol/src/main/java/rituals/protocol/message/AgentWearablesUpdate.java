package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Sim to client: the agent's worn items (shape, skin, hair, eyes, clothes), in answer to AgentWearablesRequest. */
public record AgentWearablesUpdate(AgentData agentData, @Variable List<WearableData> wearableData) implements Message {

    public record AgentData(UUID agentID, UUID sessionID, @U32 long serialNum) {}

    public record WearableData(UUID itemID, UUID assetID, @U8 int wearableType) {}
}
