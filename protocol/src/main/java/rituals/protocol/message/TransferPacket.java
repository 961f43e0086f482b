package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.Var2;

import java.util.UUID;
import rituals.protocol.types.Bytes;

/** Sim to client: one chunk of an asset transfer announced by TransferInfo. */
public record TransferPacket(TransferData transferData) implements Message {
    public record TransferData(UUID transferID, @S32 int channelType, @S32 int packet, @S32 int status,
            @Var2 Bytes data) {}
}
