package rituals.client.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rituals.protocol.codec.ByteReader;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;

/** The objects the client has been told about, by local id (a later update replaces an earlier one). Loop-owned. */
public final class SceneObjects {
    /** An avatar's motion block starts with a collision plane (4 floats) before the position. */
    private static final int AVATAR_MOTION = 76;
    private static final int PRIM_MOTION = 60;

    private final Map<Long, SceneObject> byLocalId = new LinkedHashMap<>();

    /** Takes in every ObjectData block of an update; returns how many it held. */
    public int apply(ObjectUpdate update) {
        for (ObjectUpdate.ObjectData d : update.objectData()) {
            byLocalId.put(d.id(), new SceneObject(d.id(), d.fullID(), d.pCode(), position(d.objectData()), d.scale(),
                    name(d.nameValue())));
        }
        return update.objectData().size();
    }

    public int size() {
        return byLocalId.size();
    }

    /** A snapshot, in first-seen order. */
    public List<SceneObject> list() {
        return new ArrayList<>(byLocalId.values());
    }

    static Vector3 position(Bytes motion) {
        int offset;
        if (motion.length() == AVATAR_MOTION) {
            offset = 16;
        } else if (motion.length() == PRIM_MOTION) {
            offset = 0;
        } else {
            return null;
        }
        ByteReader in = new ByteReader(motion.toArray(), offset, 12);
        return new Vector3(in.f32(), in.f32(), in.f32());
    }

    /** "FirstName STRING RW SV Test\nLastName STRING RW SV User\n…" gives "Test User". */
    static String name(String nameValue) {
        String first = "";
        String last = "";
        for (String line : nameValue.split("\n")) {
            String[] parts = line.strip().split(" ", 5);
            if (parts.length == 5 && parts[0].equals("FirstName")) {
                first = parts[4];
            } else if (parts.length == 5 && parts[0].equals("LastName")) {
                last = parts[4];
            }
        }
        return (first + " " + last).strip();
    }
}
