package rituals.server.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import rituals.protocol.DecodeException;
import rituals.protocol.circuit.Reliability;
import rituals.protocol.circuit.ReliabilitySettings;
import rituals.protocol.message.Message;
import rituals.protocol.message.Messages;
import rituals.protocol.message.PacketAck;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.server.testing.Waits;

/**
 * A bare LLUDP peer built from PacketCodec and Reliability only (not the client harness): it sends what the test
 * says, acks and resends unless told to fall silent, drops duplicates, and records every datagram and every message
 * delivered to the "application" once. Waits are bounded and woken by arrivals, never sleeps.
 */
final class RawClient implements AutoCloseable {
    /** Quick resends, so that a lossy run finishes in seconds. */
    private static final ReliabilitySettings FAST = new ReliabilitySettings(300, 300, 300, 300, -1, 1024, 300, 1024);

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final PacketCodec codec = new PacketCodec(Messages.CATALOG);
    private final Reliability reliability = new Reliability(FAST, 1);
    private final List<Packet> datagrams = new ArrayList<>();
    private final List<Message> delivered = new ArrayList<>();
    private final Thread receiver;
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    private volatile boolean silent;
    private volatile boolean closed;

    RawClient(InetSocketAddress server) {
        this(server, 0);
    }

    /** @param port the local port, 0 for any: a given one stands for a new socket the OS gave an old peer's port */
    RawClient(InetSocketAddress server, int port) {
        this.server = server;
        try {
            socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            socket.setSoTimeout(20);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver = new Thread(this::receiveLoop, "raw-client-" + socket.getLocalPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Stops acking, resending and answering: the circuit sees nothing more from us. */
    void fallSilent() {
        silent = true;
    }

    synchronized int send(Message m, boolean reliable) {
        int seq = reliability.nextSequence();
        byte[] d = codec.encode(Packet.of(seq, m, reliable, codec.catalog().info(m.getClass()).zerocoded()));
        sendRaw(d);
        if (reliable) {
            reliability.sentReliable(seq, d, m.getClass().getSimpleName(), System.nanoTime());
        }
        return seq;
    }

    void sendRaw(byte[] datagram) {
        try {
            socket.send(new DatagramPacket(datagram, datagram.length, server));
            bytesSent.addAndGet(datagram.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void receiveLoop() {
        byte[] buf = new byte[8192];
        while (!closed) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                onDatagram(p);
            } catch (SocketTimeoutException e) {
                // the housekeeping below runs every 20 ms at least
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
            housekeeping();
        }
    }

    private synchronized void onDatagram(DatagramPacket p) {
        Packet packet;
        try {
            packet = codec.decode(p.getData(), 0, p.getLength());
        } catch (DecodeException e) {
            throw new AssertionError("the server sent a datagram we cannot decode", e);
        }
        datagrams.add(packet);
        bytesReceived.addAndGet(p.getLength());
        for (int id : packet.acks()) {
            reliability.acked(id);
        }
        if (packet.message() instanceof PacketAck a) {
            a.ids().forEach(reliability::acked);
        }
        if (reliability.received(packet.sequence(), packet.reliable())) {
            delivered.add(packet.message());
        }
        notifyAll();
    }

    private synchronized void housekeeping() {
        if (silent || closed) {
            return;
        }
        while (reliability.pendingAckCount() > 0) {
            send(PacketAck.of(reliability.drainAcks(255)), false);
        }
        for (Reliability.Unacked u : reliability.due(System.nanoTime())) {
            sendRaw(u.datagram());
        }
    }

    /** Waits until {@code count} messages of the type have been delivered; returns them. */
    synchronized <T extends Message> List<T> await(Class<T> type, int count, Duration timeout) {
        Waits.until(this, () -> delivered(type).size() >= count, timeout,
                () -> "waited " + timeout.toMillis() + " ms for " + count + " " + type.getSimpleName() + ", got "
                        + delivered(type).size() + "; delivered so far: " + names());
        return delivered(type);
    }

    <T extends Message> T await(Class<T> type, Duration timeout) {
        return await(type, 1, timeout).get(0);
    }

    synchronized <T extends Message> List<T> delivered(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Message m : delivered) {
            if (type.isInstance(m)) {
                out.add(type.cast(m));
            }
        }
        return out;
    }

    synchronized List<Message> delivered() {
        return List.copyOf(delivered);
    }

    /** Bytes of every datagram this socket sent, and received. */
    long bytesSent() {
        return bytesSent.get();
    }

    long bytesReceived() {
        return bytesReceived.get();
    }

    synchronized List<Packet> datagrams() {
        return List.copyOf(datagrams);
    }

    synchronized List<String> names() {
        List<String> out = new ArrayList<>();
        for (Message m : delivered) {
            out.add(m.getClass().getSimpleName());
        }
        return out;
    }

    @Override
    public void close() {
        closed = true;
        socket.close();
        try {
            receiver.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
