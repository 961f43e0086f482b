package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U16;
import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Sim to client: world-map entries (grid position, name, access) for a map request. */
public record MapBlockReply(AgentData agentData, @Variable List<Data> data, @Variable List<Size> size)
        implements Message {

    public record AgentData(UUID agentID, @U32 long flags) {}

    /** @param x grid x in regions (not metres) */
    public record Data(
            @U16 int x,
            @U16 int y,
            @Var1 String name,
            @U8 int access,
            @U32 long regionFlags,
            @U8 int waterHeight,
            @U8 int agents,
            UUID mapImageID) {}

    public record Size(@U16 int sizeX, @U16 int sizeY) {}
}
