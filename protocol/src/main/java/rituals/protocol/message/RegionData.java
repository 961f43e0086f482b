package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U16;
import static rituals.protocol.codec.Wire.U64;

/**
 * The {@code RegionData {RegionHandle, TimeDilation}} block that heads ObjectUpdate and ImprovedTerseObjectUpdate.
 *
 * @param timeDilation the sim's time dilation scaled to 0..65535
 */
public record RegionData(@U64 long regionHandle, @U16 int timeDilation) {}
