package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.Var2;

import java.util.UUID;
import rituals.protocol.types.Bytes;

/** Sim to client: an asset transfer is starting (its size and status); TransferPackets follow. */
public record TransferInfo(TransferInfoBlock transferInfo) implements Message {
    /** The template's TransferInfo block (renamed: a record cannot nest a type of its own name). */
    public record TransferInfoBlock(UUID transferID, @S32 int channelType, @S32 int targetType, @S32 int status,
            @S32 int size, @Var2 Bytes params) {}
}
