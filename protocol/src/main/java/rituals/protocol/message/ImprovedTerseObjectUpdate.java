package rituals.protocol.message;

import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Var2;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import rituals.protocol.types.Bytes;

/** Sim to client: compact motion updates (position, velocity, rotation) of objects and avatars that moved. */
public record ImprovedTerseObjectUpdate(RegionData regionData, @Variable List<ObjectData> objectData)
        implements Message {

    /** @param data 60 bytes for an avatar, 44 for a prim; quantised motion read by its own codec */
    public record ObjectData(@Var1 Bytes data, @Var2 Bytes textureEntry) {}
}
