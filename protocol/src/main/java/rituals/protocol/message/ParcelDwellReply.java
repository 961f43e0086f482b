package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;

import java.util.UUID;

/** Sim to client: a parcel's dwell (traffic) figure, in answer to ParcelDwellRequest. */
public record ParcelDwellReply(AgentData agentData, Data data) implements Message {

    /** This AgentData block has no SessionID, unlike the shared one. */
    public record AgentData(UUID agentID) {}

    public record Data(@S32 int localID, UUID parcelID, float dwell) {}
}
