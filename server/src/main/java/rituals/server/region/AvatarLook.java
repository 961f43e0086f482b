package rituals.server.region;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import rituals.protocol.message.AvatarAnimation;
import rituals.protocol.message.AvatarAppearance;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;

/**
 * How an avatar looks and moves when the venue knows nothing about it: OpenSim's default appearance (its default
 * texture entry and the 218 default visual parameters, as in its captured AvatarAppearance) and the standing
 * animation. Sent after the avatar's ObjectUpdate, so clients can draw it and know it stands.
 */
final class AvatarLook {
    /** The viewers' built-in "stand" animation. */
    static final UUID STAND = UUID.fromString("2408fe9e-df1d-1d7d-f4ff-1384fa7b350f");
    /** OpenSim's default avatar texture entry: the default avatar texture on every face. */
    private static final Bytes DEFAULT_TEXTURE_ENTRY = SceneMessages.defaultTextureEntry(
            UUID.fromString("c228d1cf-4b5d-4ba8-84f4-899a0796aa97"));
    /** OpenSim's default visual parameters (shape, skin, hair, eyes), quantised to 0..255. */
    private static final int[] DEFAULT_VISUAL_PARAMS = {
        33, 61, 85, 23, 58, 127, 63, 85, 63, 42, 0, 85, 63, 36, 85, 95, 153, 63, 34, 0, 63, 109, 88, 132, 63, 136, 81,
        85, 103, 136, 127, 0, 150, 150, 150, 127, 0, 0, 0, 0, 0, 127, 0, 0, 255, 127, 114, 127, 99, 63, 127, 140, 127,
        127, 0, 0, 0, 191, 0, 104, 0, 0, 0, 0, 0, 0, 0, 0, 0, 145, 216, 133, 0, 127, 0, 127, 170, 0, 0, 127, 127, 109,
        85, 127, 127, 63, 85, 42, 150, 150, 150, 150, 150, 150, 150, 25, 150, 150, 150, 0, 127, 0, 0, 144, 85, 127,
        132, 127, 85, 0, 127, 127, 127, 127, 127, 127, 59, 127, 85, 127, 127, 106, 47, 79, 127, 127, 204, 2, 141, 66,
        0, 0, 127, 127, 0, 0, 0, 0, 127, 0, 159, 0, 0, 178, 127, 36, 85, 131, 127, 127, 127, 153, 95, 0, 140, 75, 27,
        127, 127, 0, 150, 150, 198, 0, 0, 63, 30, 127, 165, 209, 198, 127, 127, 153, 204, 51, 51, 255, 255, 255, 204,
        0, 255, 150, 150, 150, 150, 150, 150, 150, 150, 150, 150, 0, 150, 150, 150, 150, 150, 0, 127, 127, 150, 150,
        150, 150, 150, 150, 150, 150, 0, 0, 150, 51, 132, 150, 150, 150
    };
    private static final List<AvatarAppearance.VisualParam> VISUAL_PARAMS = visualParams();

    private AvatarLook() {
    }

    private static List<AvatarAppearance.VisualParam> visualParams() {
        List<AvatarAppearance.VisualParam> out = new ArrayList<>(DEFAULT_VISUAL_PARAMS.length);
        for (int v : DEFAULT_VISUAL_PARAMS) {
            out.add(new AvatarAppearance.VisualParam(v));
        }
        return List.copyOf(out);
    }

    static AvatarAppearance appearance(UUID agentId) {
        return new AvatarAppearance(new AvatarAppearance.Sender(agentId, false),
                new AvatarAppearance.ObjectData(DEFAULT_TEXTURE_ENTRY), VISUAL_PARAMS, List.of(),
                List.of(new AvatarAppearance.AppearanceHover(Vector3.ZERO)), List.of());
    }

    /** Standing, sequence 1, as OpenSim's first AvatarAnimation of an arriving avatar. */
    static AvatarAnimation standing(UUID agentId) {
        return new AvatarAnimation(new AvatarAnimation.Sender(agentId),
                List.of(new AvatarAnimation.AnimationList(STAND, 1)), List.of(), List.of());
    }
}
