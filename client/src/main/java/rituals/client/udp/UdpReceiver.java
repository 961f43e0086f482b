package rituals.client.udp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;

/**
 * One receive thread for any number of client sockets: a selector reads each datagram, decodes it and hands the
 * packet to the socket's {@link Inbound}, which hops onto the loop thread. A crowd of suitors shares one of these,
 * so a thousand agents cost one receive thread, not a thousand.
 */
public final class UdpReceiver implements AutoCloseable {
    /** What a link does with what arrives; called on the receive thread, so it only enqueues. */
    public interface Inbound {
        /** A datagram from {@code sim}: the endpoint object the link admitted, so the owner can route by identity. */
        void packet(InetSocketAddress sim, Packet packet, int size);

        /** A datagram from {@code sim} that did not decode (a {@code DecodeException}, or a codec bug). */
        void malformed(InetSocketAddress sim, int size, RuntimeException error);
    }

    private final PacketCodec codec;
    private final Selector selector;
    private final Queue<UdpLink> pending = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private final ByteBuffer buffer = ByteBuffer.allocate(65536);
    private final Traffic traffic = new Traffic();
    private volatile boolean running = true;

    public UdpReceiver(PacketCodec codec, String threadName) {
        this.codec = codec;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector for the client sockets", e);
        }
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Opens a socket on an ephemeral port that delivers to {@code in} what the sims it admits ({@link UdpLink#admit})
     * send.
     */
    public UdpLink open(Inbound in) throws IOException {
        DatagramChannel channel = DatagramChannel.open();
        channel.configureBlocking(false);
        channel.bind(new InetSocketAddress(0));
        UdpLink link = new UdpLink(channel, in, traffic);
        pending.add(link);
        selector.wakeup(); // register() would block while select() runs, so the receive thread registers it
        return link;
    }

    private void run() {
        try {
            while (running) {
                selector.select(1000);
                UdpLink link;
                while ((link = pending.poll()) != null) {
                    if (link.channel().isOpen()) {
                        link.channel().register(selector, SelectionKey.OP_READ, link);
                    }
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid() && key.isReadable()) {
                        drain((UdpLink) key.attachment());
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | ClosedSelectorException e) {
            running = false; // closed under us: the runtime is shutting down
        }
    }

    private void drain(UdpLink link) {
        while (true) {
            buffer.clear();
            SocketAddress from;
            try {
                from = link.channel().receive(buffer);
            } catch (IOException e) {
                return; // closed, or an ICMP port-unreachable surfaced: nothing to read
            }
            if (from == null) {
                return;
            }
            InetSocketAddress sim = link.admitted(from);
            if (sim == null) {
                continue; // only the sims we talk to may speak on this socket
            }
            traffic.received();
            int size = buffer.position();
            Packet packet;
            try {
                // decoding copies out what it keeps, so the shared buffer is read in place
                packet = codec.decode(buffer.array(), 0, size);
            } catch (RuntimeException e) {
                // DecodeException, or a codec bug on hostile input: it costs one datagram, never the thread that
                // receives for every suitor
                link.inbound().malformed(sim, size, e);
                continue;
            }
            link.inbound().packet(sim, packet, size);
        }
    }

    /** Datagrams through every socket this receiver serves. */
    public Traffic traffic() {
        return traffic;
    }

    @Override
    public void close() {
        running = false;
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing: nothing more to do with it
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
