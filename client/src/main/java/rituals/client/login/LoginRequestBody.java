package rituals.client.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.xmlrpc.XmlRpc;
import rituals.protocol.xmlrpc.XmlRpcCall;

/**
 * The login request body as LibreMetaverse sends it (protocol-facts §1.2): XML-RPC like v2.4.19 (the booleans as the
 * string "true", no viewer_digest) or LLSD like master (real booleans, viewer_digest ""). The password travels as
 * {@code $1$} + MD5 hex unless it already has that form.
 */
public final class LoginRequestBody {
    /** The options LibreMetaverse asks for; OpenSim ignores them and returns everything. */
    static final List<Object> OPTIONS = List.of("inventory-root", "inventory-skeleton", "initial-outfit", "gestures",
            "display_names", "event_categories", "event_notifications", "classified_categories", "adult_compliant",
            "buddy-list", "newuser-config", "ui-config", "advanced-mode", "max-agent-groups", "map-server-url",
            "voice-config", "tutorial_settings", "login-flags", "global-textures");

    private LoginRequestBody() {}

    /** The request body bytes for {@code format}. */
    public static byte[] encode(LoginFormat format, String first, String last, String password, String channel,
            String version) {
        boolean llsd = format == LoginFormat.LLSD;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first", first);
        m.put("last", last);
        m.put("passwd", hashPassword(password));
        m.put("start", "last");
        m.put("channel", channel);
        m.put("version", version);
        m.put("platform", "Lin");
        m.put("platform_version", System.getProperty("os.version", "?"));
        String mac = md5Hex(first + " " + last); // a stable stand-in for LibreMetaverse's hashed MAC address
        m.put("mac", mac);
        m.put("id0", mac);
        m.put("agree_to_tos", llsd ? Boolean.TRUE : "true");
        m.put("read_critical", llsd ? Boolean.TRUE : "true");
        if (llsd) {
            m.put("viewer_digest", "");
        }
        m.put("last_exec_event", 0);
        m.put("options", OPTIONS);
        return llsd ? LlsdXml.write(m) : XmlRpc.writeCall(new XmlRpcCall("login_to_simulator", List.of(m)));
    }

    /** {@code $1$} + lowercase MD5 hex of the UTF-8 password, unless it is already in that form (as LibreMetaverse). */
    public static String hashPassword(String password) {
        if (password.startsWith("$1$") && password.length() == 35) {
            return password;
        }
        return "$1$" + md5Hex(password);
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides MD5", e);
        }
    }
}
