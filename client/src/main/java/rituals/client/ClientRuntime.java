package rituals.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import rituals.client.udp.Traffic;
import rituals.client.udp.UdpReceiver;
import rituals.protocol.message.Messages;
import rituals.protocol.udp.PacketCodec;
import rituals.trace.Clock;

/**
 * What many suitors share: one loop thread that owns every agent's state and timers, one receive thread for all
 * their sockets, one async {@link HttpClient}, the packet codec and the clock. A single suitor and a crowd of a
 * thousand run on the same three threads (plus the HTTP client's own pool).
 */
public final class ClientRuntime implements AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService loop;
    private final HttpClient http;
    private final PacketCodec codec;
    private final UdpReceiver udp;

    private ClientRuntime(Clock clock) {
        this.clock = clock;
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "suitor-loop");
            t.setDaemon(true);
            return t;
        });
        // HTTP/1.1: OpenSim's server speaks nothing else, and an h2c upgrade offer only adds a round of confusion
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.codec = new PacketCodec(Messages.CATALOG);
        this.udp = new UdpReceiver(codec, "suitor-udp-receive");
    }

    /** Starts the shared threads. */
    public static ClientRuntime start(Clock clock) {
        return new ClientRuntime(clock);
    }

    public Clock clock() {
        return clock;
    }

    /** The one thread every suitor's state lives on. */
    public ScheduledExecutorService loop() {
        return loop;
    }

    public HttpClient http() {
        return http;
    }

    public PacketCodec codec() {
        return codec;
    }

    UdpReceiver udp() {
        return udp;
    }

    /** Datagrams sent, received and resent by every suitor on this runtime. */
    public Traffic traffic() {
        return udp.traffic();
    }

    /** Stops the threads; suitors still running are cut off without a word. */
    @Override
    public void close() {
        udp.close();
        loop.shutdownNow();
        try {
            loop.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
