package rituals.server.region;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback relay between one client and the server that drops a seeded share of the datagrams in each direction.
 * The client talks to {@link #address()}; the server sees the relay's second socket as the client.
 */
final class LossyRelay implements AutoCloseable {
    private final DatagramSocket front;
    private final DatagramSocket back;
    private final InetSocketAddress server;
    private volatile InetSocketAddress client;
    private final double loss;
    final AtomicInteger dropped = new AtomicInteger();
    private final Thread up;
    private final Thread down;

    LossyRelay(InetSocketAddress server, double loss, long seed) throws SocketException {
        this.server = server;
        this.loss = loss;
        InetAddress lo = InetAddress.getLoopbackAddress();
        front = new DatagramSocket(new InetSocketAddress(lo, 0));
        back = new DatagramSocket(new InetSocketAddress(lo, 0));
        // One seeded source per direction, so each direction's losses are reproducible on its own.
        up = start("relay-up", front, back, new Random(seed), true);
        down = start("relay-down", back, front, new Random(seed + 1), false);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) front.getLocalSocketAddress();
    }

    private Thread start(String name, DatagramSocket from, DatagramSocket to, Random random, boolean toServer) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            while (!from.isClosed()) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    from.receive(p);
                    if (toServer) {
                        client = (InetSocketAddress) p.getSocketAddress();
                    }
                    if (random.nextDouble() < loss) {
                        dropped.incrementAndGet();
                        continue;
                    }
                    InetSocketAddress dest = toServer ? server : client;
                    if (dest != null) {
                        to.send(new DatagramPacket(p.getData(), p.getLength(), dest));
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public void close() throws InterruptedException {
        front.close();
        back.close();
        up.join(1000);
        down.join(1000);
    }
}
