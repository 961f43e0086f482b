package rituals.server.world;

import java.util.UUID;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;

/**
 * A prim of the region. Immutable: a change is a new record.
 *
 * @param shape the primitive shape (box, cylinder, sphere)
 */
public record SceneObject(int localId, UUID fullId, UUID ownerId, String name, Shape shape, Vector3 position,
        Quaternion rotation, Vector3 scale) {

    /** The three basic prim shapes, with the path/profile curves the viewer builds them from. */
    public enum Shape {
        BOX(0x10, 0x01),
        CYLINDER(0x10, 0x00),
        SPHERE(0x20, 0x05);

        private final int pathCurve;
        private final int profileCurve;

        Shape(int pathCurve, int profileCurve) {
            this.pathCurve = pathCurve;
            this.profileCurve = profileCurve;
        }

        public int pathCurve() {
            return pathCurve;
        }

        public int profileCurve() {
            return profileCurve;
        }
    }
}
