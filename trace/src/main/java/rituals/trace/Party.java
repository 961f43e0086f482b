package rituals.trace;

import java.util.Locale;

/**
 * One of the parties of a ritual: the client, the login service, a region (by name), the capabilities service, or the
 * observer between them. Written as {@code client}, {@code login}, {@code caps}, {@code observer} or
 * {@code region:Default Region}.
 *
 * @param name the region's name for a region, else empty
 */
public record Party(Role role, String name) {
    public enum Role {
        CLIENT,
        LOGIN,
        REGION,
        CAPS,
        OBSERVER
    }

    public static final Party CLIENT = new Party(Role.CLIENT, "");
    public static final Party LOGIN = new Party(Role.LOGIN, "");
    public static final Party CAPS = new Party(Role.CAPS, "");
    public static final Party OBSERVER = new Party(Role.OBSERVER, "");

    public Party {
        name = name == null ? "" : name;
    }

    /** A region; a region whose name is not known yet is written {@code region}. */
    public static Party region(String name) {
        return new Party(Role.REGION, name);
    }

    /** Reads what {@link #toString()} writes. */
    public static Party parse(String text) {
        int colon = text.indexOf(':');
        String role = colon < 0 ? text : text.substring(0, colon);
        String name = colon < 0 ? "" : text.substring(colon + 1);
        return new Party(Role.valueOf(role.toUpperCase(Locale.ROOT)), name);
    }

    @Override
    public String toString() {
        String role = role().name().toLowerCase(Locale.ROOT);
        return name.isEmpty() ? role : role + ":" + name;
    }
}
