package rituals.server.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import rituals.protocol.testing.Captures;
import rituals.server.account.Account;
import rituals.server.account.AccountStore;
import rituals.server.account.PasswordHash;
import rituals.server.caps.CapsRegistry;
import rituals.server.caps.EventQueue;
import rituals.server.config.ConfigLoader;
import rituals.server.config.IdSource;
import rituals.server.config.ServerConfig;
import rituals.server.config.Setting;
import rituals.server.login.InMemoryCircuitProvisioner;
import rituals.server.login.LoginService;
import rituals.server.login.PendingCircuits;
import rituals.server.testing.Waits;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Recorder;
import rituals.trace.Side;
import rituals.trace.TraceEvent;

/** A venue's HTTP side on a free loopback port, with the in-memory region and one account, Test User / password. */
final class TestVenue implements AutoCloseable {
    final Recorder recorder = new Recorder(Clock.system());
    private final Object signal = new Object();
    /** Records into {@link #recorder} and wakes {@link #await}ers. */
    final Probe probe = Probe.to(Side.SERVER, event -> {
        recorder.accept(event);
        synchronized (signal) {
            signal.notifyAll();
        }
    }, Clock.system());
    final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    final ServerConfig config;
    final AccountStore accounts;
    final Account test;
    final CapsRegistry caps;
    final PendingCircuits pending;
    final HttpFrontEnd http;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    TestVenue(Path dataDir, ConfigLoader loader) throws IOException {
        timer.setRemoveOnCancelPolicy(true);
        config = loader.set(Setting.HTTP_PORT, "0").set(Setting.BIND_ADDRESS, "127.0.0.1")
                .set(Setting.DATA_DIR, dataDir.toString()).load();
        IdSource ids = IdSource.seeded(42);
        accounts = AccountStore.open(dataDir, new PasswordHash(1000, new SecureRandom()), ids::uuid, Clock.system());
        test = accounts.create("Test", "User", "password");
        caps = new CapsRegistry(ids, new EventQueue(config.eventQueueLimit(), config.eventQueueHold(), timer, ids));
        pending = new PendingCircuits(config.circuitExpiry(), Clock.system(), probe,
                p -> caps.close(p.agentId()));
        InMemoryCircuitProvisioner region = new InMemoryCircuitProvisioner(ids, pending, timer, 9000);
        LoginService login = new LoginService(config, accounts, region, caps, Clock.system(),
                probe);
        http = new HttpFrontEnd(config, login, caps,
                probe);
        http.start();
    }

    TestVenue(Path dataDir) throws IOException {
        this(dataDir, new ConfigLoader());
    }

    URI uri(String path) {
        return URI.create(http.baseUrl() + path);
    }

    CompletableFuture<HttpResponse<String>> postAsync(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) {
        return postAsync(path, contentType, body).join();
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        HttpRequest r = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build();
        return client.sendAsync(r, HttpResponse.BodyHandlers.ofString()).join();
    }

    /** The libomv capture's XML-RPC login with another first name and password; the reply's body. */
    String loginAs(String first, String passwd) {
        return post("/", "text/xml", libomvLoginBody(first, passwd)).body();
    }

    /** The libomv capture's XML-RPC login body (Test User, "password") with another first name and password. */
    static String libomvLoginBody(String first, String passwd) {
        return new String(Captures.bytes("login/xmlrpc-request--libomv.xml"), StandardCharsets.UTF_8)
                .replace("<name>first</name><value><string>Test</string>",
                        "<name>first</name><value><string>" + first + "</string>")
                .replace("<name>passwd</name><value><string>$1$5f4dcc3b5aa765d61d8327deb882cf99</string>",
                        "<name>passwd</name><value><string>" + passwd + "</string>");
    }

    /** Waits (bounded) until no request thread is busy: whatever was sent has been handled, or parked. */
    void awaitIdleThreads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (http.busyThreads() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(http.busyThreads() + " request threads still busy");
            }
            Thread.sleep(5);
        }
    }

    /** Waits (bounded) until the server has emitted {@code count} events matching {@code which}. */
    void await(Predicate<TraceEvent> which, int count) {
        synchronized (signal) {
            Waits.until(signal, () -> recorder.timeline().stream().filter(which).count() >= count,
                    Duration.ofSeconds(10), () -> "timed out waiting for " + count + " events");
        }
    }

    @Override
    public void close() {
        http.close();
        timer.shutdownNow();
        accounts.close();
    }
}
