package rituals.server.udp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.function.Consumer;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.server.log.LogLimiter;
import rituals.server.log.LogText;
import rituals.server.log.TraceBudget;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * The region's UDP socket and its one receive thread. The thread only decodes: each datagram becomes an
 * {@link Inbound} handed to the inbox (the region loop owns every circuit), and a datagram that does not decode is
 * dropped, counted and logged at a limited rate. Sending is a plain {@code DatagramChannel.send} from the loop thread.
 */
public final class UdpEndpoint implements DatagramSink, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(UdpEndpoint.class.getName());
    /** Larger than any LLUDP datagram (OpenSim and LibreMetaverse both use 4096-byte receive buffers). */
    private static final int RECEIVE_BUFFER = 8192;
    /**
     * The socket's kernel buffer. Every circuit shares this one socket; with the OS default (about 200 KB) a crowd of
     * 2,000 logging in at 500/s overflowed it (the kernel's UdpRcvbufErrors counted ~25,000 drops in one run), and a
     * lost UseCircuitCode costs the client a 4-second resend. The OS may cap it (net.core.rmem_max).
     */
    private static final int SOCKET_BUFFER = 8 * 1024 * 1024;

    private final DatagramChannel channel;
    private final PacketCodec codec;
    private final Consumer<Inbound> inbox;
    private final DropCounters drops;
    private final Probe probe;
    private final Clock clock;
    private final LogLimiter malformedLog;
    /** Malformed datagrams come from anyone: the first 20 per 10 s are traced, then a count. */
    private final TraceBudget malformedTrace = new TraceBudget(10_000, MALFORMED_TRACE_BURST);
    public static final int MALFORMED_TRACE_BURST = 20;
    private final Thread receiver;
    private volatile boolean closed;

    /**
     * Binds the socket (port 0 = any free port) and starts the receive thread.
     *
     * @param inbox called on the receive thread for every decoded datagram; must not block
     */
    public UdpEndpoint(InetSocketAddress bind, PacketCodec codec, Consumer<Inbound> inbox, DropCounters drops,
            Probe probe, Clock clock) {
        this.codec = codec;
        this.inbox = inbox;
        this.drops = drops;
        this.probe = probe;
        this.clock = clock;
        this.malformedLog = new LogLimiter(1000);
        try {
            this.channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
            channel.bind(bind);
        } catch (BindException e) {
            throw new UncheckedIOException(new BindException("UDP port " + bind.getPort() + " on "
                    + bind.getHostString() + " is in use"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind UDP " + bind, e);
        }
        this.receiver = new Thread(this::receiveLoop, "udp-recv-" + localAddress().getPort());
        receiver.setDaemon(true);
        receiver.start();
    }

    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void send(InetSocketAddress to, byte[] datagram) {
        try {
            channel.send(ByteBuffer.wrap(datagram), to);
        } catch (ClosedChannelException e) {
            // Shutting down: whatever was still going out is moot.
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "[LLUDPSERVER]: send to " + to + " failed: " + e.getMessage());
        }
    }

    private void receiveLoop() {
        ByteBuffer buf = ByteBuffer.allocate(RECEIVE_BUFFER);
        while (!closed) {
            SocketAddress from;
            buf.clear();
            try {
                from = channel.receive(buf);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(System.Logger.Level.WARNING, "[LLUDPSERVER]: receive failed: " + e.getMessage());
                }
                continue;
            }
            if (from == null) {
                continue;
            }
            accept((InetSocketAddress) from, buf.array(), buf.position());
        }
    }

    /** Decodes one datagram and hands it on; never throws for bad bytes. */
    void accept(InetSocketAddress from, byte[] data, int length) {
        Packet packet;
        try {
            packet = codec.decode(data, 0, length);
        } catch (RuntimeException e) {
            // DecodeException, and any other RuntimeException: a codec bug on hostile input costs one datagram, never
            // the receive thread.
            malformed(from, length, e);
            return;
        }
        inbox.accept(new Inbound(from, packet, length));
    }

    private void malformed(InetSocketAddress from, int length, RuntimeException e) {
        long total = drops.count(DropReason.MALFORMED);
        Probe traced = malformedTrace.admit(probe, clock.nanos());
        if (traced.on()) {
            traced.emit(Channel.UDP, Verb.DROP, DropReason.MALFORMED.wire(), length, "Endpoint", from, "Detail",
                    e.getMessage());
        }
        long held = malformedLog.admit(clock.nanos());
        if (held >= 0) {
            LOG.log(System.Logger.Level.WARNING, "[LLUDPSERVER]: Malformed datagram of " + length + " bytes from "
                    + from + " dropped (" + total + " so far" + (held > 0 ? ", " + held + " not logged" : "") + "): "
                    + LogText.of(e.getMessage()));
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing UDP socket: " + e.getMessage());
        }
        try {
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
