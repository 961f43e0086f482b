package rituals.protocol.message;

import static rituals.protocol.codec.Wire.Fixed;
import static rituals.protocol.codec.Wire.S8;
import static rituals.protocol.codec.Wire.U16;
import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Var2;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;

/**
 * Sim to client: full state of one or more objects or avatars; OpenSim sends the agent's own avatar right after
 * login. The motion data ({@code ObjectData.objectData}) and texture entry stay raw: their own codecs read them.
 */
public record ObjectUpdate(RegionData regionData, @Variable List<ObjectData> objectData) implements Message {

    /**
     * One object. {@code nameValue}, {@code text} and {@code mediaURL} are text; the other variable fields are binary.
     *
     * @param id the region-local id
     * @param objectData 60 or 76 bytes of position, velocity, acceleration, rotation and spin
     */
    public record ObjectData(
            @U32 long id,
            @U8 int state,
            UUID fullID,
            @U32 long crc,
            @U8 int pCode,
            @U8 int material,
            @U8 int clickAction,
            Vector3 scale,
            @Var1 Bytes objectData,
            @U32 long parentID,
            @U32 long updateFlags,
            @U8 int pathCurve,
            @U8 int profileCurve,
            @U16 int pathBegin,
            @U16 int pathEnd,
            @U8 int pathScaleX,
            @U8 int pathScaleY,
            @U8 int pathShearX,
            @U8 int pathShearY,
            @S8 int pathTwist,
            @S8 int pathTwistBegin,
            @S8 int pathRadiusOffset,
            @S8 int pathTaperX,
            @S8 int pathTaperY,
            @U8 int pathRevolutions,
            @S8 int pathSkew,
            @U16 int profileBegin,
            @U16 int profileEnd,
            @U16 int profileHollow,
            @Var2 Bytes textureEntry,
            @Var1 Bytes textureAnim,
            @Var2 String nameValue,
            @Var2 Bytes data,
            @Var1 String text,
            @Fixed(4) Bytes textColor,
            @Var1 String mediaURL,
            @Var1 Bytes psBlock,
            @Var1 Bytes extraParams,
            UUID sound,
            UUID ownerID,
            float gain,
            @U8 int flags,
            float radius,
            @U8 int jointType,
            Vector3 jointPivot,
            Vector3 jointAxisOrAnchor) {}
}
