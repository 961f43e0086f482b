package rituals.server.world;

import java.util.UUID;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;

/** An agent's body in the region. Mutable, owned by the region loop thread. */
public final class Avatar {
    /** OpenSim's default avatar size (the ObjectUpdate Scale of an avatar). */
    public static final Vector3 SIZE = new Vector3(0.45f, 0.6f, 1.9f);

    private final UUID agentId;
    private final int localId;
    private final String firstName;
    private final String lastName;
    /** Fixed: the interest grid files an avatar by it, and nothing moves avatars yet. */
    private final Vector3 position;
    private final Vector3 lookAt;
    private Quaternion rotation = Quaternion.IDENTITY;

    public Avatar(UUID agentId, int localId, String firstName, String lastName, Vector3 position, Vector3 lookAt) {
        this.agentId = agentId;
        this.localId = localId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.position = position;
        this.lookAt = lookAt;
    }

    public UUID agentId() {
        return agentId;
    }

    public int localId() {
        return localId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    /** "First Last", as OpenSim's log lines name an agent. */
    public String name() {
        return firstName + " " + lastName;
    }

    public Vector3 position() {
        return position;
    }

    public Vector3 lookAt() {
        return lookAt;
    }

    public Quaternion rotation() {
        return rotation;
    }

    public void rotation(Quaternion rotation) {
        this.rotation = rotation;
    }
}
