package rituals.client.login;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a login reply map (from either XML-RPC or LLSD) into a {@link LoginOutcome}, as tolerant of value types as
 * LibreMetaverse is (strings or LLSD booleans for {@code login}, ints or numeric strings for numbers) and as strict
 * about the fields the connection cannot do without.
 */
final class LoginReplyReader {
    /** A required field that is missing or unusable. */
    static final class MissingField extends RuntimeException {
        MissingField(String message) {
            super(message);
        }
    }

    private final Map<?, ?> map;

    private LoginReplyReader(Map<?, ?> map) {
        this.map = map;
    }

    static LoginOutcome read(Map<?, ?> map, int httpStatus) {
        LoginReplyReader r = new LoginReplyReader(map);
        Object login = map.get("login");
        if (login == null) {
            return LoginOutcome.failure("malformed", "Login parameter missing in the response", httpStatus);
        }
        String flag = String.valueOf(login);
        if (!flag.equalsIgnoreCase("true")) {
            return LoginOutcome.failure(r.text("reason", "unknown"), r.text("message", ""), httpStatus);
        }
        try {
            LoginReply reply = new LoginReply(r.text("first_name", ""), r.text("last_name", ""), r.uuid("agent_id"),
                    r.uuid("session_id"), r.optionalUuid("secure_session_id"), r.number("circuit_code"),
                    r.required("sim_ip"), (int) r.number("sim_port"), r.number("region_x"), r.number("region_y"),
                    r.uri("seed_capability"), r.text("message", ""));
            if (reply.simPort() <= 0 || reply.simPort() > 65535) {
                throw new MissingField("sim_port " + reply.simPort() + " is not a port");
            }
            return LoginOutcome.success(reply, httpStatus);
        } catch (MissingField e) {
            return LoginOutcome.failure("malformed", e.getMessage(), httpStatus);
        }
    }

    private String text(String key, String otherwise) {
        Object v = map.get(key);
        return v == null ? otherwise : String.valueOf(v);
    }

    private String required(String key) {
        Object v = map.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new MissingField("login reply lacks " + key);
        }
        return String.valueOf(v).strip();
    }

    private UUID uuid(String key) {
        String v = required(key);
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw new MissingField(key + " is not a UUID: '" + v + "'");
        }
    }

    private UUID optionalUuid(String key) {
        return map.containsKey(key) ? uuid(key) : new UUID(0, 0);
    }

    private long number(String key) {
        Object v = map.get(key);
        if (v instanceof Number n) {
            return n.longValue();
        }
        String s = required(key);
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new MissingField(key + " is not a number: '" + s + "'");
        }
    }

    private URI uri(String key) {
        String v = required(key);
        try {
            URI uri = new URI(v);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new MissingField(key + " is not an absolute URI: '" + v + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new MissingField(key + " is not a URI: '" + v + "'");
        }
    }
}
