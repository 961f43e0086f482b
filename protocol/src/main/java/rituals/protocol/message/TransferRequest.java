package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.Var2;

import java.util.UUID;
import rituals.protocol.types.Bytes;

/** Client to sim: asks for an asset (libomv fetches wearables this way at login); answered by TransferInfo. */
public record TransferRequest(TransferInfo transferInfo) implements Message {
    /** @param params binary, its layout depends on the source type */
    public record TransferInfo(UUID transferID, @S32 int channelType, @S32 int sourceType, float priority,
            @Var2 Bytes params) {}
}
