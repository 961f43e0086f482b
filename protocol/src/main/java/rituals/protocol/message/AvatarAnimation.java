package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;
import rituals.protocol.types.Bytes;

/** Sim to client: the animations an avatar is playing; OpenSim sends the agent's own after its ObjectUpdate. */
public record AvatarAnimation(
        Sender sender,
        @Variable List<AnimationList> animationList,
        @Variable List<AnimationSourceList> animationSourceList,
        @Variable List<PhysicalAvatarEventList> physicalAvatarEventList)
        implements Message {

    /** @param id the animated avatar */
    public record Sender(UUID id) {}

    public record AnimationList(UUID animID, @S32 int animSequenceID) {}

    public record AnimationSourceList(UUID objectID) {}

    public record PhysicalAvatarEventList(@Var1 Bytes typeData) {}
}
