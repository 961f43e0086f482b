package rituals.client.login;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.CompletionException;
import rituals.client.HttpDeadline;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.login.LoginFailure;
import rituals.protocol.login.LoginPasswords;
import rituals.protocol.login.LoginRequest;
import rituals.protocol.login.LoginResponse;
import rituals.protocol.login.LoginSuccess;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;
import rituals.protocol.xmlrpc.XmlRpcResponse;

/**
 * Posts a login request and reads the reply, asynchronously on a shared {@link HttpClient}. Never fails its future:
 * every problem becomes a {@link LoginOutcome} failure with a reason saying what went wrong. Like LibreMetaverse it
 * does not trust the HTTP status: the body decides.
 */
public final class LoginClient {
    /** Viewer channel and version we announce. */
    public static final String CHANNEL = "Rituals Suitor";
    public static final String VERSION = "0.1.0";
    /** Login replies carry the inventory skeleton: OpenSim's is about 24 KB for a fresh account. */
    private static final XmlLimits LIMITS = XmlLimits.DEFAULT.withMaxBytes(4 * 1024 * 1024);

    private final HttpClient http;
    private final Duration timeout;
    private final ScheduledExecutorService timer;

    /**
     * @param timeout for the whole exchange (LibreMetaverse Timing.LoginTimeout: 60 s)
     * @param timer   where the timeout runs
     */
    public LoginClient(HttpClient http, Duration timeout, ScheduledExecutorService timer) {
        this.http = http;
        this.timeout = timeout;
        this.timer = timer;
    }

    /** @param start "last", "home", or {@code uri:<Region>&<x>&<y>&<z>} */
    public CompletableFuture<LoginOutcome> login(URI uri, LoginFormat format, String first, String last,
            String password, StartLocation start) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", format.contentType())
                .header("User-Agent", CHANNEL)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(format, first, last, password, start)))
                .build();
        return HttpDeadline.send(http, request, HttpResponse.BodyHandlers.ofByteArray(), timeout, timer)
                .thenApply(response -> read(format, response.statusCode(), response.body()))
                .exceptionally(e -> LoginOutcome.failure("http", describe(e), -1));
    }

    /**
     * The request body. LibreMetaverse sends a hashed MAC address as mac and id0; we send a hash of the name, stable
     * across runs.
     */
    static byte[] body(LoginFormat format, String first, String last, String password, StartLocation start) {
        LoginRequest request = LoginRequest.client(first, last, password, CHANNEL, VERSION,
                LoginPasswords.md5Hex(first + " " + last)).withStart(start.value());
        return format == LoginFormat.LLSD ? LlsdXml.write(request.toLlsd()) : XmlRpc.writeCall(request.toXmlRpcCall());
    }

    static LoginOutcome read(LoginFormat format, int status, byte[] body) {
        try {
            if (format == LoginFormat.XMLRPC) {
                XmlRpcResponse response = XmlRpc.parseResponse(body, LIMITS);
                if (response instanceof XmlRpcResponse.Fault fault) {
                    return LoginOutcome.failure("fault", fault.code() + ": " + fault.message(), status);
                }
                return readMap(format, ((XmlRpcResponse.Success) response).value(), status);
            }
            return readMap(format, LlsdXml.parse(body, LIMITS), status);
        } catch (DecodeException e) {
            return LoginOutcome.failure("malformed", "HTTP " + status + ", unreadable body: " + e.getMessage(), status);
        }
    }

    /** @throws DecodeException when the map lacks what a client needs (named by the login model) */
    private static LoginOutcome readMap(LoginFormat format, Object value, int status) {
        if (!(value instanceof Map<?, ?> map)) {
            return LoginOutcome.failure("malformed", "HTTP " + status + ": the reply is not a map", status);
        }
        LoginResponse response = format == LoginFormat.LLSD ? LoginResponse.fromLlsd(map) : LoginResponse.fromXmlRpc(map);
        if (response instanceof LoginSuccess success) {
            return LoginOutcome.success(success, status);
        }
        LoginFailure failure = (LoginFailure) response;
        return LoginOutcome.failure(failure.reason(), failure.message(), status);
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
