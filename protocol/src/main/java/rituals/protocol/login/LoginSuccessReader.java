package rituals.protocol.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import rituals.protocol.types.Vector3;

/**
 * Reads a success reply for the client. Strict only where a client cannot go on without the value (see
 * {@link LoginResponse#fromXmlRpc}); everything else falls back to what OpenSim would have sent.
 */
final class LoginSuccessReader {
    private static final List<String> OPTIONAL_STRINGS = List.of("search", "map-server-url", "profile-server-url",
            "destination_guide_url", "avatar_picker_url", "openid_url", "openid_token", "currency", "classified_fee");
    private static final UUID NIL = new UUID(0, 0);

    private LoginSuccessReader() {
    }

    static LoginSuccess read(LoginFields f) {
        LoginRegion region = region(f);
        Vector3 lookAt = f.has("look_at") ? LoginVectors.readVector(f, "look_at") : LoginSuccess.DEFAULT_LOOK_AT;
        LoginFields ui = f.firstStruct("ui-config");
        LoginFields outfit = f.firstStruct("initial-outfit");
        return LoginSuccess.builder()
                .name(f.string("first_name", ""), f.string("last_name", ""))
                .session(f.requiredUuid("agent_id"), f.requiredUuid("session_id"), f.requiredUuid("secure_session_id"))
                .realId(f.uuid("real_id", null))
                .circuitCode(f.requiredInt("circuit_code"))
                .region(region)
                .lookAt(lookAt)
                .home(home(f, region))
                .startLocation(f.string("start_location", "last"))
                .message(f.string("message", ""))
                .secondsSinceEpoch(f.integer("seconds_since_epoch", 0))
                .agentAccess(f.string("agent_access", "M"), f.string("agent_access_max", "A"))
                .loginFlags(loginFlags(f.firstStruct("login-flags")))
                .globalTextures(globalTextures(f.firstStruct("global-textures")))
                .inventory(inventory(f))
                .gestures(each(f.structs("gestures"),
                        g -> new Gesture(g.requiredUuid("item_id"), g.requiredUuid("asset_id"))))
                .initialOutfit(outfit == null ? InitialOutfit.OPENSIM_DEFAULT
                        : new InitialOutfit(outfit.string("folder_name", ""), outfit.string("gender", "")))
                .classifiedCategories(each(f.structs("classified_categories"),
                        c -> new ClassifiedCategory(c.requiredInt("category_id"), c.string("category_name", ""))))
                .allowFirstLife(ui == null || ui.flag("allow_first_life", false))
                .maxAgentGroups(f.integer("max-agent-groups", 0))
                .buddyList(each(f.structs("buddy-list"), b -> new Buddy(b.requiredUuid("buddy_id"),
                        b.integer("buddy_rights_given", 0), b.integer("buddy_rights_has", 0))))
                .optionalStrings(optionalStrings(f))
                .build();
    }

    private static LoginRegion region(LoginFields f) {
        if (!f.has("sim_ip") || !f.has("sim_port")) {
            throw f.fail(f.has("sim_ip") ? "sim_port" : "sim_ip",
                    "login server did not return a simulator address");
        }
        String simIp = f.string("sim_ip", "");
        if (!LoginRegion.isIpv4Literal(simIp)) {
            throw f.fail("sim_ip", "not an IPv4 literal: '" + simIp + "'");
        }
        int simPort = f.requiredInt("sim_port");
        if (simPort <= 0 || simPort > 65535) {
            throw f.fail("sim_port", "not a UDP port: " + simPort);
        }
        String seed = f.requiredString("seed_capability");
        URI seedUri;
        try {
            seedUri = new URI(seed);
        } catch (URISyntaxException e) {
            throw f.fail("seed_capability", "not a URI: " + e.getMessage());
        }
        if (!seedUri.isAbsolute()) {
            throw f.fail("seed_capability", "not an absolute URI: '" + seed + "'");
        }
        return new LoginRegion(simIp, simPort, f.integer("http_port", 0), f.requiredInt("region_x"),
                f.requiredInt("region_y"), f.integer("region_size_x", 256), f.integer("region_size_y", 256), seedUri);
    }

    /** A notation string or (older servers) a struct; absent means "home is the login region". */
    private static Home home(LoginFields f, LoginRegion region) {
        if (!f.has("home")) {
            return new Home(region.regionX(), region.regionY(), Vector3.ZERO, Vector3.ZERO);
        }
        Object raw = f.parsedNotation("home");
        if (!(raw instanceof Map)) {
            throw f.fail("home", "expected a notation map or a struct but found " + raw);
        }
        LoginFields home = f.nested((Map<?, ?>) raw, "home");
        double[] handle = LoginVectors.read(home, "region_handle", 2);
        return new Home((int) handle[0], (int) handle[1], LoginVectors.readVector(home, "position"),
                LoginVectors.readVector(home, "look_at"));
    }

    private static LoginFlags loginFlags(LoginFields flags) {
        if (flags == null) {
            return LoginFlags.OPENSIM_DEFAULT;
        }
        return new LoginFlags(flags.flag("daylight_savings", false), flags.flag("stipend_since_login", false),
                flags.flag("gendered", true), flags.flag("ever_logged_in", true));
    }

    private static GlobalTextures globalTextures(LoginFields textures) {
        GlobalTextures d = GlobalTextures.OPENSIM_DEFAULT;
        if (textures == null) {
            return d;
        }
        return new GlobalTextures(textures.uuid("sun_texture_id", d.sun()),
                textures.uuid("cloud_texture_id", d.cloud()), textures.uuid("moon_texture_id", d.moon()));
    }

    private static LoginInventory inventory(LoginFields f) {
        LoginFields root = f.firstStruct("inventory-root");
        LoginFields libRoot = f.firstStruct("inventory-lib-root");
        LoginFields libOwner = f.firstStruct("inventory-lib-owner");
        return new LoginInventory(
                root == null ? null : root.requiredUuid("folder_id"),
                each(f.structs("inventory-skeleton"), LoginSuccessReader::folder),
                libRoot == null ? NIL : libRoot.requiredUuid("folder_id"),
                libOwner == null ? NIL : libOwner.requiredUuid("agent_id"),
                each(f.structs("inventory-skel-lib"), LoginSuccessReader::folder));
    }

    private static InventoryFolder folder(LoginFields folder) {
        return new InventoryFolder(folder.string("name", ""), folder.requiredUuid("folder_id"),
                folder.uuid("parent_id", NIL), folder.integer("version", 0), folder.integer("type_default", -1));
    }

    private static Map<String, String> optionalStrings(LoginFields f) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : OPTIONAL_STRINGS) {
            if (f.has(key)) {
                out.put(key, f.string(key, ""));
            }
        }
        return out;
    }

    private static <T> List<T> each(List<LoginFields> structs, Function<LoginFields, T> convert) {
        List<T> out = new ArrayList<>();
        for (LoginFields struct : structs) {
            out.add(convert.apply(struct));
        }
        return out;
    }
}
