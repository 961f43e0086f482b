package rituals.protocol.login;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where the client must go after the login reply: the region's UDP endpoint, its position and its seed capability.
 *
 * @param simIp an IPv4 literal: LibreMetaverse refuses host names, and UseCircuitCode carries 4 address bytes
 * @param httpPort written in the XML-RPC form only (OpenSim sends 0)
 * @param regionX world position in metres (grid index × 256), as OpenSim sends it
 * @param regionSizeX region width in metres (XML-RPC only; clients default to 256)
 */
public record LoginRegion(String simIp, int simPort, int httpPort, int regionX, int regionY, int regionSizeX,
                          int regionSizeY, URI seedCapability) {
    private static final Pattern IPV4 =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    public LoginRegion {
        if (simIp == null || !isIpv4Literal(simIp)) {
            throw new IllegalArgumentException("sim_ip must be an IPv4 literal, not '" + simIp + "'");
        }
        if (simPort <= 0 || simPort > 65535) {
            throw new IllegalArgumentException("sim_port must be 1..65535, not " + simPort);
        }
        if (seedCapability == null || !seedCapability.isAbsolute()) {
            throw new IllegalArgumentException("seed_capability must be an absolute URI, not '" + seedCapability
                    + "'");
        }
    }

    /** A 256 m region at grid position ({@code gridX}, {@code gridY}), with http_port 0 as OpenSim sends. */
    public static LoginRegion atGrid(String simIp, int simPort, int gridX, int gridY, URI seedCapability) {
        return new LoginRegion(simIp, simPort, 0, gridX * 256, gridY * 256, 256, 256, seedCapability);
    }

    /** Dotted-quad check without any name lookup. */
    public static boolean isIpv4Literal(String text) {
        return IPV4.matcher(text).matches();
    }
}
