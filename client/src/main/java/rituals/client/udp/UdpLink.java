package rituals.client.udp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;

/**
 * One agent's UDP socket, bound to an ephemeral port, shared by every simulator the agent talks to (as a viewer's
 * one port serves all its regions: each sim tells its circuits apart by the client's endpoint). Only the endpoints
 * admitted may speak on it. Sends from the loop thread; the receive thread reads what was admitted.
 */
public final class UdpLink implements AutoCloseable {
    private static final InetSocketAddress[] NONE = new InetSocketAddress[0];

    private final DatagramChannel channel;
    private final UdpReceiver.Inbound inbound;
    private final Traffic traffic;
    /** Copied on write: admitted a handful of times per agent, read for every datagram. */
    private volatile InetSocketAddress[] admitted = NONE;

    UdpLink(DatagramChannel channel, UdpReceiver.Inbound inbound, Traffic traffic) {
        this.channel = channel;
        this.inbound = inbound;
        this.traffic = traffic;
    }

    /** Lets {@code sim} speak on this socket: its datagrams are delivered with this very endpoint object. */
    public void admit(InetSocketAddress sim) {
        InetSocketAddress[] now = admitted;
        InetSocketAddress[] more = Arrays.copyOf(now, now.length + 1);
        more[now.length] = sim;
        admitted = more;
    }

    /** Stops listening to {@code sim}. */
    public void dismiss(InetSocketAddress sim) {
        admitted = Arrays.stream(admitted).filter(a -> !a.equals(sim)).toArray(InetSocketAddress[]::new);
    }

    /** The admitted endpoint {@code from} is, or null when it was not admitted. */
    InetSocketAddress admitted(SocketAddress from) {
        for (InetSocketAddress a : admitted) {
            if (a.equals(from)) {
                return a;
            }
        }
        return null;
    }

    /** Sends one datagram to {@code sim}. */
    public void send(byte[] datagram, InetSocketAddress sim) {
        traffic.sent();
        try {
            channel.send(ByteBuffer.wrap(datagram), sim);
        } catch (IOException e) {
            // UDP gives no delivery promise anyway: a failed send is a lost datagram, which resends and timeouts cover
        }
    }

    /** Sends a reliable datagram again; counted apart from first sends. */
    public void resend(byte[] datagram, InetSocketAddress sim) {
        traffic.resent();
        send(datagram, sim);
    }

    DatagramChannel channel() {
        return channel;
    }

    UdpReceiver.Inbound inbound() {
        return inbound;
    }

    @Override
    public void close() {
        try {
            channel.close(); // also cancels its selection key
        } catch (IOException ignored) {
            // already closed
        }
    }
}
