package rituals.protocol.login;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Builds the reply struct (XML-RPC) or map (LLSD) of a {@link LoginSuccess}, in the order OpenSim writes them. */
final class LoginSuccessWriter {
    /** Optional strings OpenSim leaves out of its LLSD reply. */
    private static final Set<String> NOT_IN_LLSD = Set.of("destination_guide_url", "avatar_picker_url", "currency");

    private final boolean llsd;

    LoginSuccessWriter(boolean llsd) {
        this.llsd = llsd;
    }

    Map<String, Object> write(LoginSuccess s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("login", "true");
        m.put("first_name", s.firstName());
        m.put("last_name", s.lastName());
        m.put("agent_id", id(s.agentId()));
        m.put("session_id", id(s.sessionId()));
        m.put("secure_session_id", id(s.secureSessionId()));
        if (s.realId() != null) {
            m.put("real_id", id(s.realId()));
        }
        m.put("circuit_code", s.circuitCode());
        LoginRegion region = s.region();
        m.put("sim_ip", region.simIp());
        m.put("sim_port", region.simPort());
        if (!llsd) {
            m.put("http_port", region.httpPort());
        }
        m.put("region_x", region.regionX());
        m.put("region_y", region.regionY());
        if (!llsd) {
            m.put("region_size_x", region.regionSizeX());
            m.put("region_size_y", region.regionSizeY());
        }
        m.put("seed_capability", region.seedCapability().toString());
        m.put("look_at", LoginVectors.toNotation(s.lookAt()));
        m.put("home", s.home().toNotation());
        m.put("start_location", s.startLocation());
        m.put("message", s.message());
        m.put("seconds_since_epoch", Math.toIntExact(s.secondsSinceEpoch()));
        m.put("agent_access", s.agentAccess());
        m.put("agent_access_max", s.agentAccessMax());
        m.put("login-flags", List.of(loginFlags(s.loginFlags())));
        m.put("global-textures", List.of(globalTextures(s.globalTextures())));
        inventory(m, s.inventory());
        m.put("gestures", list(s.gestures(), g -> struct("item_id", id(g.itemId()), "asset_id", id(g.assetId()))));
        m.put("initial-outfit", List.of(struct("folder_name", s.initialOutfit().folderName(),
                "gender", s.initialOutfit().gender())));
        m.put("event_categories", List.of());
        if (!llsd) {
            m.put("event_notifications", List.of());
        }
        m.put("classified_categories", list(s.classifiedCategories(),
                c -> struct("category_id", c.id(), "category_name", c.name())));
        m.put("ui-config", List.of(struct("allow_first_life", yn(s.allowFirstLife()))));
        m.put("max-agent-groups", s.maxAgentGroups());
        m.put("buddy-list", list(s.buddyList(), b -> struct("buddy_id", id(b.buddyId()),
                "buddy_rights_given", b.rightsGiven(), "buddy_rights_has", b.rightsHas())));
        s.optionalStrings().forEach((key, value) -> {
            if (!(llsd && NOT_IN_LLSD.contains(key))) {
                m.put(key, value);
            }
        });
        return m;
    }

    private void inventory(Map<String, Object> m, LoginInventory inventory) {
        if (inventory.root() != null) {
            m.put("inventory-root", List.of(struct("folder_id", id(inventory.root()))));
        }
        m.put("inventory-skeleton", list(inventory.skeleton(), this::folder));
        m.put("inventory-lib-root", List.of(struct("folder_id", id(inventory.libraryRoot()))));
        m.put("inventory-lib-owner", List.of(struct("agent_id", id(inventory.libraryOwner()))));
        m.put("inventory-skel-lib", list(inventory.librarySkeleton(), this::folder));
    }

    private Map<String, Object> folder(InventoryFolder f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("parent_id", id(f.parentId()));
        m.put("version", f.version());
        m.put("type_default", f.typeDefault());
        m.put("folder_id", id(f.folderId()));
        return m;
    }

    private static Map<String, Object> loginFlags(LoginFlags f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("daylight_savings", yn(f.daylightSavings()));
        m.put("stipend_since_login", yn(f.stipendSinceLogin()));
        m.put("gendered", yn(f.gendered()));
        m.put("ever_logged_in", yn(f.everLoggedIn()));
        return m;
    }

    private Map<String, Object> globalTextures(GlobalTextures t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sun_texture_id", id(t.sun()));
        m.put("cloud_texture_id", id(t.cloud()));
        m.put("moon_texture_id", id(t.moon()));
        return m;
    }

    /** UUIDs are hyphenated strings in XML-RPC (which has no UUID type) and LLSD uuids otherwise. */
    private Object id(UUID id) {
        return llsd ? id : id.toString();
    }

    private static String yn(boolean flag) {
        return flag ? "Y" : "N";
    }

    private static Map<String, Object> struct(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static <T> List<Object> list(List<T> items, Function<T, Object> convert) {
        List<Object> out = new ArrayList<>();
        for (T item : items) {
            out.add(convert.apply(item));
        }
        return out;
    }
}
