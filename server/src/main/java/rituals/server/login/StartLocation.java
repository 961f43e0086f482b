package rituals.server.login;

import java.util.Optional;
import rituals.protocol.types.Vector3;

/**
 * The login's {@code start} value: {@code "last"}, {@code "home"}, or {@code uri:<Region>&<x>&<y>&<z>} (the viewer's
 * form). The venue keeps no last or home position, so those land in the default region at its default spot; a uri
 * lands in the region it names (compared ignoring case), at its position when one parses.
 *
 * @param kind     "last", "home", or "url" (for a uri start, as OpenSim reports it in start_location)
 * @param region   region name of a uri start, else empty
 * @param position position of a uri start, if it gave one that parses
 */
public record StartLocation(String kind, String region, Optional<Vector3> position) {
    /** Parses a client's {@code start}; anything unrecognised (including null) means "last", as in OpenSim. */
    public static StartLocation parse(String start) {
        if (start == null || start.equals("home")) {
            return start == null ? last() : new StartLocation("home", "", Optional.empty());
        }
        if (!start.startsWith("uri:")) {
            return last();
        }
        String[] parts = start.substring(4).split("&");
        Optional<Vector3> position = Optional.empty();
        if (parts.length == 4) {
            try {
                position = Optional.of(new Vector3(Float.parseFloat(parts[1]), Float.parseFloat(parts[2]),
                        Float.parseFloat(parts[3])));
            } catch (NumberFormatException e) {
                position = Optional.empty(); // a malformed position means the default spot, not a failed login
            }
        }
        return new StartLocation("url", parts[0].strip(), position.filter(StartLocation::finite));
    }

    /** Whether this is a uri start naming {@code regionName}. */
    public boolean names(String regionName) {
        return kind.equals("url") && region.equalsIgnoreCase(regionName.strip());
    }

    private static StartLocation last() {
        return new StartLocation("last", "", Optional.empty());
    }

    private static boolean finite(Vector3 v) {
        return Float.isFinite(v.x()) && Float.isFinite(v.y()) && Float.isFinite(v.z());
    }
}
