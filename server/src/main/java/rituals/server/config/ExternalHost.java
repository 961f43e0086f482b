package rituals.server.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;

/**
 * Turns an {@code ExternalHostName} into the IP literal clients are given: clients accept only an IP literal in
 * {@code sim_ip}, so a host name is resolved, and OpenSim's {@code SYSTEMIP} means this machine's first non-loopback
 * IPv4 address (the loopback address when it has none).
 */
public final class ExternalHost {
    public static final String SYSTEMIP = "SYSTEMIP";

    private ExternalHost() {}

    /**
     * @param origin names the key in the error, e.g. "[Region] ExternalHostName"
     * @throws ConfigException when the name does not resolve
     */
    public static String resolve(String host, String origin) {
        try {
            return host.equals(SYSTEMIP) ? systemIp() : InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException(origin + ": '" + host + "' does not resolve", e);
        } catch (SocketException e) {
            throw new ConfigException(origin + ": SYSTEMIP: cannot list this machine's addresses: " + e.getMessage(), e);
        }
    }

    private static String systemIp() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    return a.getHostAddress();
                }
            }
        }
        return InetAddress.getLoopbackAddress().getHostAddress();
    }
}
