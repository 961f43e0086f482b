package rituals.client.login;

import java.util.regex.Pattern;

/**
 * Where the agent asks to arrive: the login request's {@code start}, {@code "last"} (where it left, the default),
 * {@code "home"}, or {@code uri:<Region>&<x>&<y>&<z>} (a region by name and a position in it, in metres). The form
 * is checked as OpenSim's login service reads it (a region name without {@code &}, three unsigned decimal
 * coordinates), so a typo is a clear error here rather than a silent "last" at the server.
 *
 * @param value the {@code start} string as sent
 */
public record StartLocation(String value) {
    public static final StartLocation LAST = new StartLocation("last");
    public static final StartLocation HOME = new StartLocation("home");

    private static final Pattern URI = Pattern.compile("uri:[^&]+&\\d+\\.?\\d*&\\d+\\.?\\d*&\\d+\\.?\\d*");

    public StartLocation {
        if (!value.equals("last") && !value.equals("home") && !URI.matcher(value).matches()) {
            throw new IllegalArgumentException("a start location is last, home or uri:Region Name&x&y&z (x, y, z "
                    + "unsigned numbers), not '" + value + "'");
        }
    }
}
