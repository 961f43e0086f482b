package rituals.client.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import rituals.protocol.caps.Capability;
import rituals.protocol.eventqueue.EventBatch;
import rituals.protocol.eventqueue.RawEvent;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.login.LoginFailure;
import rituals.protocol.login.LoginPasswords;
import rituals.protocol.login.LoginRequest;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;

/**
 * A tiny login server, seed capability and event queue on 127.0.0.1, for tests: answers XML-RPC or LLSD as OpenSim
 * routes them (by Content-Type), one account, a fixed circuit. The event queue answers its first poll with one event
 * and then holds each poll {@code holdMillis} before an empty 502, as OpenSim's keep-alive does.
 */
public final class FakeLogin implements AutoCloseable {
    public static final String FIRST = "Test";
    public static final String LAST = "User";
    public static final String PASSWORD = "password";

    private final HttpServer http;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    private final int simPort;
    private final long circuitCode;
    public final List<String> contentTypes = new CopyOnWriteArrayList<>();
    /** The {@code start} of each login request, in order. */
    public final List<String> starts = new CopyOnWriteArrayList<>();
    public final AtomicInteger eventQueuePolls = new AtomicInteger();
    public volatile int eventQueueStatus = 502;
    public volatile long holdMillis = 200;

    public FakeLogin(int simPort, long circuitCode) throws IOException {
        this.simPort = simPort;
        this.circuitCode = circuitCode;
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::login);
        http.createContext("/CAPS/seed/", this::seed);
        http.createContext("/CE/queue", this::eventQueue);
        http.setExecutor(threads);
        http.start();
    }

    public URI loginUri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    private void login(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        String type = x.getRequestHeaders().getFirst("Content-Type");
        contentTypes.add(type);
        boolean llsd = "application/llsd+xml".equals(type);
        LoginRequest request = llsd
                ? LoginRequest.fromLlsd((Map<?, ?>) LlsdXml.parse(body, XmlLimits.DEFAULT))
                : LoginRequest.fromXmlRpcCall(XmlRpc.parseCall(body, XmlLimits.DEFAULT));
        starts.add(request.start());
        boolean ok = FIRST.equals(request.first()) && LAST.equals(request.last())
                && LoginPasswords.md5Form(PASSWORD).equals(request.passwd());
        Map<String, Object> reply = ok ? success() : LoginFailure.badCredentials().toXmlRpcStruct();
        reply(x, 200, llsd ? LlsdXml.write(reply) : XmlRpc.writeSuccess(reply));
    }

    private Map<String, Object> success() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("login", "true");
        m.put("first_name", FIRST);
        m.put("last_name", LAST);
        m.put("agent_id", FakeSim.AGENT.toString());
        m.put("session_id", FakeSim.SESSION.toString());
        m.put("secure_session_id", FakeSim.SESSION.toString());
        m.put("circuit_code", (int) circuitCode);
        m.put("sim_ip", "127.0.0.1");
        m.put("sim_port", simPort);
        m.put("region_x", 256000);
        m.put("region_y", 256000);
        m.put("seed_capability", "http://127.0.0.1:" + http.getAddress().getPort() + "/CAPS/seed/");
        m.put("message", "Welcome to the fake");
        return m;
    }

    private void seed(HttpExchange x) throws IOException {
        x.getRequestBody().readAllBytes();
        if (!"application/llsd+xml".equals(x.getRequestHeaders().getFirst("Content-Type"))) {
            reply(x, 404, new byte[0]);
            return;
        }
        Map<String, Object> caps = new LinkedHashMap<>();
        caps.put(Capability.EVENT_QUEUE_GET.wireName(),
                "http://127.0.0.1:" + http.getAddress().getPort() + "/CE/queue");
        reply(x, 200, LlsdXml.write(caps));
    }

    private void eventQueue(HttpExchange x) throws IOException {
        x.getRequestBody().readAllBytes();
        if (eventQueuePolls.incrementAndGet() == 1) {
            reply(x, 200, new EventBatch(1, List.of(new RawEvent("FakeEvent", Map.of()))).write());
            return;
        }
        try {
            Thread.sleep(holdMillis); // the held long poll, on the server's own thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reply(x, eventQueueStatus, new byte[0]);
    }

    private static void reply(HttpExchange x, int status, byte[] body) throws IOException {
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            x.getResponseBody().write(body);
        }
        x.close();
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
