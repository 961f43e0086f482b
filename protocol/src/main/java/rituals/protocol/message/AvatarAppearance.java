package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var2;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;

/** Sim to client: how an avatar looks (baked textures and visual parameters); sent after its ObjectUpdate. */
public record AvatarAppearance(
        Sender sender,
        ObjectData objectData,
        @Variable List<VisualParam> visualParam,
        @Variable List<AppearanceData> appearanceData,
        @Variable List<AppearanceHover> appearanceHover,
        @Variable List<AttachmentBlock> attachmentBlock)
        implements Message {

    public record Sender(UUID id, boolean isTrial) {}

    public record ObjectData(@Var2 Bytes textureEntry) {}

    /** @param paramValue one visual parameter quantised to 0..255 */
    public record VisualParam(@U8 int paramValue) {}

    public record AppearanceData(@U8 int appearanceVersion, @S32 int cofVersion, @U32 long flags) {}

    public record AppearanceHover(Vector3 hoverHeight) {}

    public record AttachmentBlock(UUID id, @U8 int attachmentPoint) {}
}
