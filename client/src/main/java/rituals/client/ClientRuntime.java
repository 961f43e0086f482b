package rituals.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import rituals.client.udp.Traffic;
import rituals.client.udp.UdpReceiver;
import rituals.client.world.LayerDecoder;
import rituals.protocol.message.Messages;
import rituals.protocol.udp.PacketCodec;
import rituals.trace.Clock;

/**
 * What many suitors share: one loop thread that owns every agent's state and timers, one receive thread for all
 * their sockets, a few async {@link HttpClient}s, the packet codec and the clock. A single suitor and a crowd of a
 * thousand run on the same threads: the loop, the receive thread and the HTTP clients' selectors.
 *
 * <p>The JDK HttpClient finally hands each answer to CompletableFuture's default pool, which on fewer than three
 * cores starts a thread per task; embedders there should set
 * {@code java.util.concurrent.ForkJoinPool.common.parallelism} to 2 or more before anything uses CompletableFuture
 * ({@code rituals} itself does, in its main).
 */
public final class ClientRuntime implements AutoCloseable {
    private final Clock clock;
    private final ScheduledExecutorService loop;
    /**
     * Several clients, handed out in turn: each JDK HttpClient has one selector thread, and with 2,000 agents'
     * event-queue polls parked on it, profiling showed new login connections waiting ~90 ms each on that selector's
     * registration lock (HttpClientImpl.registerEvent). Spreading connections over a few selectors shortens that.
     */
    private static final int HTTP_CLIENTS = 4;
    /**
     * The HTTP clients' own steps (reading a body, moving an exchange along) run on their selector thread. They do
     * not block, and our code never runs there: the JDK hands every answer on to the common pool, whence it hops to
     * the loop. Left to itself each client grows a cached pool (it started some 6,000 threads during a 2,000-agent
     * ramp); with two threads of our own, each exchange still paid hand-offs between them and the selector:
     * without them, login → in world at 550 logins/s went from p50 15–139 ms to 4–12 ms (six runs before,
     * five after).
     */
    private static final Executor SELECTOR_THREAD = Runnable::run;
    private final HttpClient[] http = new HttpClient[HTTP_CLIENTS];
    private final AtomicInteger nextHttp = new AtomicInteger();
    private final PacketCodec codec;
    private final UdpReceiver udp;
    private final LayerDecoder layerDecoder = new LayerDecoder();
    private volatile Thread loopThread;

    private ClientRuntime(Clock clock) {
        this.clock = clock;
        ScheduledThreadPoolExecutor loop = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "suitor-loop");
            t.setDaemon(true);
            loopThread = t;
            return t;
        });
        loop.setRemoveOnCancelPolicy(true); // HTTP deadlines are withdrawn by the thousand; don't keep them queued
        this.loop = loop;
        // HTTP/1.1: OpenSim's server speaks nothing else, and an h2c upgrade offer only adds a round of confusion
        for (int i = 0; i < HTTP_CLIENTS; i++) {
            http[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).executor(SELECTOR_THREAD).build();
        }
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

    /** Runs work on the loop: at once when already there, else queued behind what the loop has to do. */
    public Executor onLoop() {
        return work -> {
            if (inLoop()) {
                work.run();
            } else {
                loop.execute(work);
            }
        };
    }

    /**
     * Runs {@code action} on the loop thread. Already on the loop it runs now, so a scenario's reaction follows the
     * event that caused it with nothing in between (the wallflower falls silent in the same breath as
     * AgentMovementComplete).
     */
    public <T> CompletableFuture<T> onLoop(Supplier<T> action) {
        if (inLoop()) {
            try {
                return CompletableFuture.completedFuture(action.get());
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(action, loop);
    }

    /** Completes after {@code delay}, on the loop. */
    public CompletableFuture<Void> after(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        loop.schedule(() -> done.complete(null), delay.toMillis(), TimeUnit.MILLISECONDS);
        return done;
    }

    /**
     * {@code future}'s value if it completes within {@code limit}, else empty; completes on the loop. A failure of
     * {@code future} fails the result.
     */
    public <T> CompletableFuture<Optional<T>> within(CompletableFuture<T> future, Duration limit) {
        CompletableFuture<Optional<T>> out = new CompletableFuture<>();
        ScheduledFuture<?> timer = loop.schedule(() -> out.complete(Optional.empty()), limit.toMillis(),
                TimeUnit.MILLISECONDS);
        future.whenCompleteAsync((value, error) -> {
            timer.cancel(false);
            if (error != null) {
                out.completeExceptionally(error);
            } else {
                out.complete(Optional.ofNullable(value));
            }
        }, onLoop());
        return out;
    }

    /** Whether the caller is the loop thread (work for the loop can then run at once). */
    public boolean inLoop() {
        return Thread.currentThread() == loopThread;
    }

    /** An HTTP client for the next exchange (any of them will do: a suitor depends on no connection's state). */
    public HttpClient http() {
        return http[Math.floorMod(nextHttp.getAndIncrement(), HTTP_CLIENTS)];
    }

    public PacketCodec codec() {
        return codec;
    }

    UdpReceiver udp() {
        return udp;
    }

    /** Terrain decoding shared by every suitor on the loop (they receive the same land). */
    LayerDecoder layerDecoder() {
        return layerDecoder;
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
