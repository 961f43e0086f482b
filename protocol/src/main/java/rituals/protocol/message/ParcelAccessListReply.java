package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Sim to client: a parcel's access or ban list, in answer to ParcelAccessListRequest. */
public record ParcelAccessListReply(Data data, @Variable List<Entry> list) implements Message {

    public record Data(UUID agentID, @S32 int sequenceID, @U32 long flags, @S32 int localID) {}

    /** The template's List block (renamed so that it does not hide java.util.List). */
    public record Entry(UUID id, @S32 int time, @U32 long flags) {}
}
