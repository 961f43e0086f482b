package rituals.protocol.caps;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The capability names both peers use, spelled as on the wire: the entries of a seed request's LLSD array and the keys
 * of its reply. The venue serves a few of them; the suitor asks for the ones LibreMetaverse's connection uses first.
 * A name outside this table is not an error: a seed reply may grant anything, and the venue leaves out what it does
 * not serve.
 */
public enum Capability {
    /** The seed itself: never requested by name, never granted in a seed reply (OpenSim leaves it out too). */
    SEED("Seed"),
    EVENT_QUEUE_GET("EventQueueGet"),
    SIMULATOR_FEATURES("SimulatorFeatures"),
    GET_DISPLAY_NAMES("GetDisplayNames"),
    FETCH_INVENTORY2("FetchInventory2"),
    FETCH_INVENTORY_DESCENDENTS2("FetchInventoryDescendents2"),
    GET_TEXTURE("GetTexture"),
    GET_MESH("GetMesh"),
    GET_MESH2("GetMesh2"),
    VIEWER_ASSET("ViewerAsset"),
    UPDATE_AVATAR_APPEARANCE("UpdateAvatarAppearance"),
    UPLOAD_BAKED_TEXTURE("UploadBakedTexture"),
    VIEWER_BENEFITS("ViewerBenefits"),
    OBJECT_ANIMATION("ObjectAnimation"),
    EXT_ENVIRONMENT("ExtEnvironment"),
    ENVIRONMENT_SETTINGS("EnvironmentSettings");

    private static final Map<String, Capability> BY_NAME =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(Capability::wireName, Function.identity()));

    private final String wireName;

    Capability(String wireName) {
        this.wireName = wireName;
    }

    /** The name on the wire (a seed request's array entry, a seed reply's key). */
    public String wireName() {
        return wireName;
    }

    /** The capability a wire name stands for; empty for a name this table lacks (case matters, as in OpenSim). */
    public static Optional<Capability> byWireName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
