package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.Var2;

import rituals.protocol.types.Bytes;

/** Sim to client: one quarter of the region's parcel ownership map (a byte per 4×4 m cell), four at login. */
public record ParcelOverlay(ParcelData parcelData) implements Message {
    /** @param sequenceID which quarter, 0..3 */
    public record ParcelData(@S32 int sequenceID, @Var2 Bytes data) {}
}
