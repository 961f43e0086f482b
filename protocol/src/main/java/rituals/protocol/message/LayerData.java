package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var2;

import rituals.protocol.types.Bytes;

/**
 * Sim to client: compressed terrain (land, water, wind or cloud) patches; OpenSim sends the whole land after
 * CompleteAgentMovement. The data stays raw: the terrain codec reads it.
 */
public record LayerData(LayerID layerID, LayerDataBlock layerData) implements Message {
    /** LayerID.Type for land patches ('L'). */
    public static final int LAND = 0x4C;

    public static LayerData of(int type, Bytes data) {
        return new LayerData(new LayerID(type), new LayerDataBlock(data));
    }

    public record LayerID(@U8 int type) {}

    /** The template's LayerData block (renamed: a record cannot nest a type of its own name). */
    public record LayerDataBlock(@Var2 Bytes data) {}
}
