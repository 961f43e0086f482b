package rituals.server.world;

import java.util.UUID;
import java.util.function.Supplier;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;

/**
 * What a fresh region holds besides its ground: a few prims around the landing point, so that a login sees a real
 * ObjectUpdate stream after its seed capability, as on an OpenSim region with content.
 */
public final class DefaultScene {
    private DefaultScene() {}

    /** Adds the default prims, resting on the ground a few metres from the centre. */
    public static void populate(World world, UUID owner, Supplier<UUID> ids) {
        float c = world.size() / 2f;
        add(world, owner, ids, "Welcome Stone", SceneObject.Shape.BOX, c + 4, c + 3, new Vector3(1, 1, 1));
        add(world, owner, ids, "Column", SceneObject.Shape.CYLINDER, c - 5, c + 2, new Vector3(0.6f, 0.6f, 3));
        add(world, owner, ids, "Moon Ball", SceneObject.Shape.SPHERE, c + 2, c - 6, new Vector3(1.5f, 1.5f, 1.5f));
        add(world, owner, ids, "Bench", SceneObject.Shape.BOX, c - 3, c - 4, new Vector3(2, 0.5f, 0.5f));
    }

    private static void add(World world, UUID owner, Supplier<UUID> ids, String name, SceneObject.Shape shape,
            float x, float y, Vector3 scale) {
        Vector3 at = new Vector3(x, y, world.groundAt(x, y) + scale.z() / 2);
        world.addObject(new SceneObject(world.nextLocalId(), ids.get(), owner, name, shape, at, Quaternion.IDENTITY,
                scale));
    }
}
