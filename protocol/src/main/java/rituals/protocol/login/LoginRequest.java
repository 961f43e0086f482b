package rituals.protocol.login;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.DecodeException;
import rituals.protocol.xmlrpc.XmlRpcCall;

/**
 * A {@code login_to_simulator} request, from either transport.
 *
 * <p>Decoding is tolerant the way OpenSim is: {@code start}, {@code channel}, {@code version}, {@code mac},
 * {@code id0} (and here also {@code platform}, {@code platform_version}) default to {@value #UNKNOWN}; flags default
 * to false, {@code last_exec_event} to 0, {@code options} to none. Missing or empty {@code first}, {@code last} or
 * {@code passwd} are not an error here: {@link #hasCredentials()} is false and the server answers
 * {@link LoginFailure#incompleteCredentials()}. A value of an impossible type (a struct where a name belongs) is a
 * {@link DecodeException} naming the key.
 *
 * @param passwd the {@code $1$}-prefixed MD5 form (see {@link LoginPasswords#md5Form}), as sent on the wire
 * @param lastExecEvent how the viewer's previous session ended (0 = normally)
 * @param viewerDigest sent only by the LLSD form and node-metaverse; "" when absent
 * @param options the names of the optional reply sections the client asks for (OpenSim ignores them)
 */
public record LoginRequest(
        String first,
        String last,
        String passwd,
        String start,
        String channel,
        String version,
        String platform,
        String platformVersion,
        String mac,
        String id0,
        boolean agreeToTos,
        boolean readCritical,
        int lastExecEvent,
        String viewerDigest,
        List<String> options) {

    /** OpenSim's placeholder for a missing optional string. */
    public static final String UNKNOWN = "Unknown";
    public static final String METHOD_NAME = "login_to_simulator";
    /** What LibreMetaverse (2.5.2 and later) asks for. */
    public static final List<String> LMV_OPTIONS = List.of("inventory-root", "inventory-skeleton", "initial-outfit",
            "gestures", "display_names", "event_categories", "event_notifications", "classified_categories",
            "adult_compliant", "buddy-list", "newuser-config", "ui-config", "advanced-mode", "max-agent-groups",
            "map-server-url", "voice-config", "tutorial_settings", "login-flags", "global-textures");

    private static final String XMLRPC_DOCUMENT = "XML-RPC login request";
    private static final String LLSD_DOCUMENT = "LLSD login request";

    public LoginRequest {
        options = List.copyOf(options);
    }

    /**
     * A request as our client sends it: password hashed, start "last", flags agreed, LMV's option list. {@code mac}
     * and {@code id0} are given by the caller so that runs are reproducible.
     */
    public static LoginRequest client(String first, String last, String plainPassword, String channel,
                                      String version, String machineId) {
        return new LoginRequest(first, last, LoginPasswords.md5Form(plainPassword), "last", channel, version, "Lin",
                "Java " + Runtime.version().feature(), machineId, machineId, true, true, 0, "", LMV_OPTIONS);
    }

    /** This request with another {@code start}: "last", "home", or {@code uri:<Region>&<x>&<y>&<z>}. */
    public LoginRequest withStart(String otherStart) {
        return new LoginRequest(first, last, passwd, otherStart, channel, version, platform, platformVersion, mac, id0,
                agreeToTos, readCritical, lastExecEvent, viewerDigest, options);
    }

    /** Decodes the struct parameter of a {@code login_to_simulator} call. */
    public static LoginRequest fromXmlRpcCall(XmlRpcCall call) {
        if (!call.methodName().equals(METHOD_NAME)) {
            throw new DecodeException(XMLRPC_DOCUMENT, "-", "methodName", 0,
                    "expected " + METHOD_NAME + " but got " + call.methodName());
        }
        if (call.params().isEmpty() || !(call.params().get(0) instanceof Map)) {
            throw new DecodeException(XMLRPC_DOCUMENT, "-", "params", 0, "the first parameter must be a struct");
        }
        return fromXmlRpc((Map<?, ?>) call.params().get(0));
    }

    /** Decodes the XML-RPC struct (older LMV, node-metaverse, SL viewers). */
    public static LoginRequest fromXmlRpc(Map<?, ?> struct) {
        return decode(new LoginFields(struct, XMLRPC_DOCUMENT));
    }

    /** Decodes the LLSD map (LMV 2.5.2 and later). */
    public static LoginRequest fromLlsd(Map<?, ?> map) {
        return decode(new LoginFields(map, LLSD_DOCUMENT));
    }

    private static LoginRequest decode(LoginFields f) {
        String passwd = f.string("passwd", "");
        UUID webLoginKey = f.uuid("web_login_key", null);
        if (passwd.isEmpty() && webLoginKey != null && !webLoginKey.equals(new UUID(0, 0))) {
            passwd = LoginPasswords.MD5_PREFIX + webLoginKey; // what OpenSim does with a web login key
        }
        return new LoginRequest(
                f.string("first", ""),
                f.string("last", ""),
                passwd,
                f.string("start", UNKNOWN),
                f.string("channel", UNKNOWN),
                f.string("version", UNKNOWN),
                f.string("platform", UNKNOWN),
                f.string("platform_version", UNKNOWN),
                f.string("mac", UNKNOWN),
                f.string("id0", UNKNOWN),
                f.flag("agree_to_tos", false),
                f.flag("read_critical", false),
                f.integer("last_exec_event", 0),
                f.string("viewer_digest", ""),
                f.strings("options"));
    }

    /** True if first, last and passwd are all present and non-empty. */
    public boolean hasCredentials() {
        return missingCredentials().isEmpty();
    }

    /** The credential keys that are missing or empty, in request order. */
    public List<String> missingCredentials() {
        List<String> missing = new ArrayList<>();
        if (first.isEmpty()) {
            missing.add("first");
        }
        if (last.isEmpty()) {
            missing.add("last");
        }
        if (passwd.isEmpty()) {
            missing.add("passwd");
        }
        return missing;
    }

    /**
     * The XML-RPC struct in the shape libomv 2.4 / node-metaverse send: agree_to_tos and read_critical are the string
     * "true" and present only when true, last_exec_event is an int, no viewer_digest.
     */
    public Map<String, Object> toXmlRpc() {
        Map<String, Object> struct = common();
        if (agreeToTos) {
            struct.put("agree_to_tos", "true");
        }
        if (readCritical) {
            struct.put("read_critical", "true");
        }
        struct.put("last_exec_event", lastExecEvent);
        struct.put("options", options);
        return struct;
    }

    /** {@link #toXmlRpc()} wrapped as the {@code login_to_simulator} call. */
    public XmlRpcCall toXmlRpcCall() {
        return new XmlRpcCall(METHOD_NAME, List.of(toXmlRpc()));
    }

    /** The LLSD map in the shape LMV 2.5.2 and later send: real booleans and a viewer_digest. */
    public Map<String, Object> toLlsd() {
        Map<String, Object> map = common();
        map.put("agree_to_tos", agreeToTos);
        map.put("read_critical", readCritical);
        map.put("viewer_digest", viewerDigest);
        map.put("last_exec_event", lastExecEvent);
        map.put("options", options);
        return map;
    }

    private Map<String, Object> common() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("first", first);
        map.put("last", last);
        map.put("passwd", passwd);
        map.put("start", start);
        map.put("channel", channel);
        map.put("version", version);
        map.put("platform", platform);
        map.put("platform_version", platformVersion);
        map.put("mac", mac);
        map.put("id0", id0);
        return map;
    }

    /** Keeps the password hash out of logs and traces. */
    @Override
    public String toString() {
        return "LoginRequest[" + first + " " + last + ", start=" + start + ", channel=" + channel + ", version="
                + version + ", platform=" + platform + " " + platformVersion + ", options=" + options.size() + "]";
    }
}
