package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;

import java.util.UUID;

/** Client to sim: asks how much traffic a parcel gets; answered by ParcelDwellReply. */
public record ParcelDwellRequest(AgentData agentData, Data data) implements Message {
    public record Data(@S32 int localID, UUID parcelID) {}
}
