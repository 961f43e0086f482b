package rituals.server.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import rituals.server.caps.CapsRegistry;
import rituals.server.config.ExternalHost;
import rituals.server.config.ServerConfig;
import rituals.server.log.LogLimiter;
import rituals.server.log.LogText;
import rituals.server.login.LoginService;
import rituals.trace.Probe;

/**
 * The venue's HTTP side on one port (as OpenSim's {@code http_listener_port}): login at {@code POST /}, capabilities
 * under their own paths. Built on the JDK's {@code com.sun.net.httpserver}: a small pool of threads answers requests;
 * event-queue polls are parked without a thread and answered later, so thousands of agents cost connections, not
 * threads.
 *
 * <pre>{@code
 * HttpFrontEnd http = new HttpFrontEnd(config, login, caps, probe);
 * http.start();                 // binds; http.boundPort() is now known
 * ...
 * http.close();
 * }</pre>
 */
public final class HttpFrontEnd implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HttpFrontEnd.class.getName());
    /** Request threads kept when idle: enough to overlap a few password hashes (about 10 ms each); polls hold none. */
    static final int THREADS = 8;
    /**
     * Most request threads at once. The JDK server reads a request's head and body on a pool thread, blocking, so a
     * client that sends its head slowly holds a thread until {@link #MAX_REQUEST_SECONDS}: the pool grows (threads
     * with small stacks) so that hundreds of such clients do not starve logins. Beyond this a new request is refused
     * by closing its connection.
     */
    static final int MAX_THREADS = 1024;
    /** Seconds from a request's first byte to its last body byte before the JDK server closes the connection. */
    static final int MAX_REQUEST_SECONDS = 10;
    /** Requests per client address whose body may be unfinished at once (see {@link AddressGate}). */
    static final int UNFINISHED_PER_ADDRESS = 16;
    private static final long THREAD_STACK_BYTES = 256 * 1024;

    static {
        // Read once, when the JDK's server classes load, so they are set before the first server is created; a
        // value given with -D wins.
        // The JDK server writes a reply's head and body in separate segments; with Nagle's algorithm on, the body
        // waits for the client's delayed ACK of the head (about 40 ms on Linux). Measured on loopback: a login took
        // 46 ms at the median with 16 in flight, 1.6 ms alone with this off.
        setDefault("sun.net.httpserver.nodelay", "true");
        // Without it a request may take forever to arrive, and holds a thread all that time.
        setDefault("sun.net.httpserver.maxReqTime", Integer.toString(MAX_REQUEST_SECONDS));
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final ServerConfig config;
    private final Route login;
    private final Route caps;
    private final AddressGate unfinished = new AddressGate(UNFINISHED_PER_ADDRESS);
    private final LogLimiter abortedLog = new LogLimiter(10_000);
    private final LogLimiter refusedLog = new LogLimiter(10_000);
    private HttpServer server;
    private volatile ThreadPoolExecutor pool;
    private volatile String externalIp;

    /**
     * @param login decides logins (its region and caps are the ones served here)
     * @param caps  the capabilities to serve
     * @param probe the server's probe (login and caps junctions)
     */
    public HttpFrontEnd(ServerConfig config, LoginService login, CapsRegistry caps, Probe probe) {
        this.config = config;
        this.login = new LoginEndpoint(login, probe, this);
        this.caps = new CapsEndpoint(caps, config, probe, this::baseUrl);
    }

    /** Binds {@code [Region] InternalAddress} : {@code [Network] http_listener_port} and starts serving. */
    public synchronized void start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        externalIp = externalAddress(config);
        try {
            server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.httpPort()), 256);
        } catch (BindException e) {
            throw new BindException("HTTP port " + config.httpPort() + " on " + config.bindAddress() + " is in use");
        }
        // A hand-off queue: each request gets a thread at once or, past MAX_THREADS, is refused (the JDK server
        // closes the connection when its executor refuses). Threads beyond THREADS end after 30 s idle.
        pool = new ThreadPoolExecutor(THREADS, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                daemonThreads());
        server.setExecutor(pool);
        server.createContext("/", http -> admit(new Exchange(http)));
        server.start();
        LOG.info(() -> "[HTTP]: Listening on " + config.bindAddress() + ":" + boundPort() + " (login URI "
                + loginUri() + ")");
    }

    /** Holds a slot of the client's address while its body is unread; one over the bound is answered 503. */
    private void admit(Exchange ex) {
        String ip = ex.remoteIp();
        if (!unfinished.enter(ip)) {
            long held = refusedLog.admit(System.nanoTime());
            if (held >= 0) {
                LOG.info(() -> "[HTTP]: Refused " + ex + ": " + unfinished.limit() + " unfinished requests from "
                        + ip + " already" + LogLimiter.heldBack(held));
            }
            ex.respondAndDrop(503, "too many unfinished requests from " + ip + "; finish or close one first");
            return;
        }
        ex.onBodyDone(() -> unfinished.exit(ip));
        try {
            dispatch(ex);
        } finally {
            ex.bodyDone();
        }
    }

    private void dispatch(Exchange ex) {
        try {
            if (ex.path().equals("/")) {
                if (ex.method().equals("POST")) {
                    login.handle(ex);
                } else {
                    ex.respondText(405, "login is POST / (XML-RPC text/xml or LLSD application/llsd+xml)");
                }
            } else {
                caps.handle(ex);
            }
        } catch (IOException e) {
            // The client's doing (it went away, or its time to send the request ran out): a line, no stack trace,
            // and at most one per 10 s however many clients do it.
            long held = abortedLog.admit(System.nanoTime());
            if (held >= 0) {
                LOG.info(() -> "[HTTP]: Gave up on " + ex + ": " + LogText.of(e) + LogLimiter.heldBack(held));
            }
            ex.respondText(400, "the request could not be read");
        } catch (RuntimeException e) {
            // A fault of ours: nothing a request does may take the server down; log it whole and answer 500.
            LOG.log(Level.WARNING, e, () -> "[HTTP]: Failed " + ex);
            ex.respondText(500, "internal error: " + e.getClass().getSimpleName());
        }
    }

    /** Request threads busy now (reading a request or answering it; held polls take none). */
    public int busyThreads() {
        ThreadPoolExecutor p = pool;
        return p == null ? 0 : p.getActiveCount();
    }

    /** The TCP port in use (the configured one, or the one picked for port 0). */
    public synchronized int boundPort() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress().getPort();
    }

    /** {@code http://<external address>:<port>}: the prefix of every capability URL. */
    public String baseUrl() {
        return "http://" + uriHost(externalIp) + ":" + boundPort();
    }

    /** The IP literal clients are given as sim_ip (resolved once at start). */
    public String externalIp() {
        return externalIp;
    }

    /** The login URI clients use: {@link #baseUrl()} + "/". */
    public String loginUri() {
        return baseUrl() + "/";
    }

    /**
     * The IP literal clients are given ({@code sim_ip}, capability hosts): {@code ExternalHostName}, resolved when
     * it is a host name, because clients accept only an IP literal in {@code sim_ip}.
     */
    public static String externalAddress(ServerConfig config) {
        return ExternalHost.resolve(config.externalHost(), "[Region] ExternalHostName");
    }

    private static String uriHost(String ip) {
        return ip.contains(":") ? "[" + ip + "]" : ip;
    }

    /** Stops accepting, drops held polls and open connections, and ends the request threads. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server = null;
        LOG.info("[HTTP]: Stopped");
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "rituals-http-" + n.incrementAndGet(), THREAD_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
