package rituals.client.world;

import java.util.UUID;
import rituals.protocol.types.Vector3;

/**
 * One object or avatar as an ObjectUpdate described it.
 *
 * @param localID  the region-local id
 * @param pCode    9 = prim, 47 = avatar, 255 = tree, …
 * @param position where it is, or null when the motion block had an unknown size
 * @param name     for avatars "First Last" from the NameValue pairs; otherwise ""
 */
public record SceneObject(long localID, UUID fullID, int pCode, Vector3 position, Vector3 scale, String name) {
    public static final int AVATAR = 47;

    public boolean isAvatar() {
        return pCode == AVATAR;
    }
}
