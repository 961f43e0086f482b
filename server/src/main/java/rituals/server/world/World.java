package rituals.server.world;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.types.Vector3;

/**
 * The region's domain state: ground, avatars and prims, with local ids. It never sees a message, a socket or a
 * probe; the region loop thread owns it.
 */
public final class World {
    /** OpenSim's default look direction at login: east. */
    public static final Vector3 LOOK_EAST = new Vector3(1, 0, 0);

    private final HeightField ground;
    private final int size;
    private final Map<UUID, Avatar> avatars = new LinkedHashMap<>();
    private final List<SceneObject> objects = new ArrayList<>();
    private final InterestGrid grid = new InterestGrid();
    private int nextLocalId;

    /**
     * @param size          the region's edge in metres
     * @param firstLocalId  where local ids start (any positive number; fixed for reproducible runs)
     */
    public World(HeightField ground, int size, int firstLocalId) {
        this.ground = ground;
        this.size = size;
        this.nextLocalId = firstLocalId;
    }

    public int size() {
        return size;
    }

    public float groundAt(float x, float y) {
        return ground.heightAt(x, y);
    }

    /** Where a login lands: the centre of the region, on the ground. */
    public Vector3 startPosition() {
        float c = size / 2f;
        return new Vector3(c, c, ground.heightAt(c, c));
    }

    /**
     * Where a login asking for {@code wanted} lands: that spot kept a metre inside the region's edges, never below
     * the ground.
     */
    public Vector3 landing(Vector3 wanted) {
        float x = Math.max(1, Math.min(size - 1, wanted.x()));
        float y = Math.max(1, Math.min(size - 1, wanted.y()));
        return new Vector3(x, y, Math.max(wanted.z(), ground.heightAt(x, y)));
    }

    public int nextLocalId() {
        return nextLocalId++;
    }

    /** Puts an agent's avatar at {@code position}, looking east. */
    public Avatar addAvatar(UUID agentId, String first, String last, Vector3 position) {
        Avatar a = new Avatar(agentId, nextLocalId(), first, last, position, LOOK_EAST);
        Avatar old = avatars.put(agentId, a);
        if (old != null) {
            grid.remove(old);
        }
        grid.add(a);
        return a;
    }

    public void removeAvatar(UUID agentId) {
        Avatar a = avatars.remove(agentId);
        if (a != null) {
            grid.remove(a);
        }
    }

    public Collection<Avatar> avatars() {
        return Collections.unmodifiableCollection(avatars.values());
    }

    /** Up to {@code cap} other avatars within {@code radius} metres of {@code who}. */
    public List<Avatar> near(Avatar who, float radius, int cap) {
        return grid.near(who, radius, cap);
    }

    public void addObject(SceneObject object) {
        objects.add(object);
    }

    public List<SceneObject> objects() {
        return Collections.unmodifiableList(objects);
    }
}
