package rituals.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExternalHostTest {
    @Test
    void systemIpIsAnIpv4AddressOfThisMachineAndNotLoopbackWhenItHasAnother() throws Exception {
        Set<String> own = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(nic -> !isLoopback(nic))
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address)
                .map(InetAddress::getHostAddress)
                .collect(Collectors.toSet());

        String resolved = ExternalHost.resolve(ExternalHost.SYSTEMIP, "[Region] ExternalHostName");

        if (own.isEmpty()) {
            assertThat(resolved).isEqualTo("127.0.0.1"); // a machine with loopback alone: the only address it has
        } else {
            assertThat(own).contains(resolved);
        }
    }

    @Test
    void aLiteralStaysItselfAndAnUnresolvableNameNamesTheKey() {
        assertThat(ExternalHost.resolve("127.0.0.2", "[Region] ExternalHostName")).isEqualTo("127.0.0.2");
        assertThatThrownBy(() -> ExternalHost.resolve("no-such-host.invalid", "Regions/a.ini [A] ExternalHostName"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Regions/a.ini [A] ExternalHostName: 'no-such-host.invalid' does not resolve");
    }

    private static boolean isLoopback(NetworkInterface nic) {
        try {
            return !nic.isUp() || nic.isLoopback();
        } catch (java.net.SocketException e) {
            return true;
        }
    }
}
