package rituals.client.udp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/** One agent's UDP socket, bound to an ephemeral port and talking to one sim. Sends from the loop thread. */
public final class UdpLink implements ClientCircuit.Wire, AutoCloseable {
    private final DatagramChannel channel;
    private final InetSocketAddress sim;
    private final UdpReceiver.Inbound inbound;
    private final Traffic traffic;

    UdpLink(DatagramChannel channel, InetSocketAddress sim, UdpReceiver.Inbound inbound, Traffic traffic) {
        this.channel = channel;
        this.sim = sim;
        this.inbound = inbound;
        this.traffic = traffic;
    }

    @Override
    public void resend(byte[] datagram) {
        traffic.resent();
        send(datagram);
    }

    @Override
    public void send(byte[] datagram) {
        traffic.sent();
        try {
            channel.send(ByteBuffer.wrap(datagram), sim);
        } catch (IOException e) {
            // UDP gives no delivery promise anyway: a failed send is a lost datagram, which resends and timeouts cover
        }
    }

    InetSocketAddress sim() {
        return sim;
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
