package rituals.server.udp;

import java.net.InetSocketAddress;

/** Where encoded datagrams go: the socket in production, a list in tests that need none. */
@FunctionalInterface
public interface DatagramSink {
    void send(InetSocketAddress to, byte[] datagram);
}
