package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U32;

/** Client to sim: asks for a parcel's access or ban list; answered by ParcelAccessListReply. */
public record ParcelAccessListRequest(AgentData agentData, Data data) implements Message {
    /** @param flags 1 = access list, 2 = ban list */
    public record Data(@S32 int sequenceID, @U32 long flags, @S32 int localID) {}
}
