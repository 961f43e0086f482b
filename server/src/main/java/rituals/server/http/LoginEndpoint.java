package rituals.server.http;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.login.LoginFailure;
import rituals.protocol.login.LoginRequest;
import rituals.protocol.login.LoginResponse;
import rituals.protocol.login.LoginSuccess;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;
import rituals.protocol.xmlrpc.XmlRpcCall;
import rituals.server.log.LogText;
import rituals.server.login.LoginAttempt;
import rituals.server.login.LoginService;
import rituals.trace.Channel;
import rituals.trace.Probe;
import rituals.trace.Scope;
import rituals.trace.Verb;

/**
 * {@code POST /}: routed by Content-Type as OpenSim does: exactly {@code application/llsd+xml} is the
 * LLSD login, anything else XML-RPC. A request that cannot be read is answered in its own dialect, saying what was
 * wrong: an XML-RPC fault (code -32700, "parse error") or, for LLSD, HTTP 400 (413 when too large) with a text body.
 */
final class LoginEndpoint implements Route {
    private static final Logger LOG = Logger.getLogger(LoginEndpoint.class.getName());
    /** The conventional XML-RPC fault code for a request that does not parse. */
    static final int PARSE_ERROR = -32700;
    /** OpenSim's fault code when a method handler fails. */
    static final int INTERNAL_ERROR = -32603;

    /**
     * Logins decided at once. The request pool grows for slow senders, but deciding a login is CPU work (a password
     * hash of about 10 ms): more than a few at a time only share the cores and make every one of them slower, so
     * the rest wait their turn, first come first served, as they did when the pool had 8 threads.
     */
    private final Semaphore deciding = new Semaphore(HttpFrontEnd.THREADS, true);
    private final LoginService service;
    private final Probe probe;
    private final HttpFrontEnd front;

    LoginEndpoint(LoginService service, Probe probe, HttpFrontEnd front) {
        this.service = service;
        this.probe = probe;
        this.front = front;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        boolean llsd = ex.mediaType().equals(CapsEndpoint.LLSD_XML);
        byte[] body;
        try {
            body = ex.body();
        } catch (BodyTooLargeException e) {
            refuseUnreadable(ex, llsd, 413, e.getMessage());
            return;
        }
        LoginRequest request;
        try {
            request = llsd ? llsdRequest(body) : xmlRpcRequest(ex, body);
        } catch (DecodeException e) {
            refuseUnreadable(ex, llsd, 400, "malformed login request: " + e.getMessage());
            return;
        }
        if (request == null) {
            return; // answered (an XML-RPC method other than login)
        }
        LoginAttempt attempt = new LoginAttempt(llsd ? LoginAttempt.LLSD : LoginAttempt.XML_RPC, request,
                ex.remote(), ex.remoteIp());
        LoginResponse response;
        try {
            deciding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the venue is closing
            ex.respondText(503, "the venue is shutting down");
            return;
        }
        try {
            response = service.login(attempt, front.baseUrl());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "[LLOGIN SERVICE]: Error generating the login response for "
                    + LogText.of(attempt.userName()));
            response = LoginFailure.internalError();
        } finally {
            deciding.release();
        }
        reply(ex, llsd, response, attempt.userName());
    }

    private static LoginRequest llsdRequest(byte[] body) {
        Object value = LlsdXml.parse(body, XmlLimits.DEFAULT);
        if (!(value instanceof Map)) {
            throw new DecodeException("LLSD login request", "-", "-", 0, "the body must be an LLSD map");
        }
        return LoginRequest.fromLlsd((Map<?, ?>) value);
    }

    private static LoginRequest xmlRpcRequest(Exchange ex, byte[] body) {
        XmlRpcCall call = XmlRpc.parseCall(body, XmlLimits.DEFAULT);
        if (!call.methodName().equals(LoginRequest.METHOD_NAME)) {
            // OpenSim's words for a method it does not serve.
            ex.respond(200, "text/xml", XmlRpc.writeFault(INTERNAL_ERROR,
                    "Requested method [" + call.methodName() + "] not found"));
            return null;
        }
        return LoginRequest.fromXmlRpcCall(call);
    }

    private void refuseUnreadable(Exchange ex, boolean llsd, int status, String why) {
        LOG.info(() -> "[LLOGIN SERVICE]: Refused an unreadable login request from " + ex.remote() + ": "
                + LogText.of(why));
        if (llsd) {
            ex.respondText(status, why);
        } else {
            ex.respond(200, "text/xml", XmlRpc.writeFault(PARSE_ERROR, why));
        }
    }

    private void reply(Exchange ex, boolean llsd, LoginResponse response, String userName) {
        byte[] bytes = llsd ? LlsdXml.write(response.toLlsdMap()) : XmlRpc.writeSuccess(response.toXmlRpcStruct());
        if (probe.on()) {
            boolean success = response instanceof LoginSuccess;
            // named by the agent it answers, and the circuit it hands out
            Scope scope = response instanceof LoginSuccess s
                    ? Scope.NONE.onCircuit(Integer.toUnsignedLong(s.circuitCode())).ofAgent(userName, s.agentId())
                    : Scope.NONE.ofAgent(userName, null);
            probe.scoped(scope).emit(Channel.LOGIN, Verb.SEND, llsd ? "LLSD Response" : "XML-RPC Response", bytes.length,
                    "Result", success ? "Success" : "Failure",
                    "Circuit", success ? ((LoginSuccess) response).circuitCode() : "");
        }
        // OpenSim's XML-RPC replies also carry Access-Control-Allow-Origin: * (web-based clients).
        ex.header("Access-Control-Allow-Origin", "*");
        ex.respond(200, llsd ? CapsEndpoint.LLSD_XML : "text/xml", bytes);
    }
}
