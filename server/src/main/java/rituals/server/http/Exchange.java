package rituals.server.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import rituals.server.log.LogText;

/**
 * One HTTP request and its single reply. The reply may be given later from another thread (a parked event-queue
 * poll): the exchange stays open until {@link #respond} is called, and only the first call answers.
 */
public final class Exchange {
    private static final Logger LOG = Logger.getLogger(Exchange.class.getName());
    /** Largest body read: login and caps bodies are a few KiB; 64 KiB bounds what a hostile peer makes us hold. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /**
     * How much of an oversized body is read and discarded so that the client, still sending, gets to read the
     * error instead of a reset connection. Beyond this the connection is simply closed.
     */
    static final long DISCARD_LIMIT = 32L * 1024 * 1024;
    /**
     * Bodies go out in slices of this many bytes. The JDK server's per-connection write buffer starts at 4 KiB and
     * grows to twice the largest single write, for the connection's life: one 15 KB login reply left 30 KB on every
     * kept-alive connection, which then held an event-queue poll (a heap dump of the venue with 2,000 agents: 819 such
     * buffers, 9 KiB per agent).
     */
    static final int WRITE_SLICE = 4096;

    private final HttpExchange http;
    private final AtomicBoolean answered = new AtomicBoolean();
    private final AtomicBoolean bodyDone = new AtomicBoolean();
    private volatile Runnable onBodyDone = () -> { };

    Exchange(HttpExchange http) {
        this.http = http;
    }

    public String method() {
        return http.getRequestMethod();
    }

    /** The request path, without query. */
    public String path() {
        return http.getRequestURI().getRawPath();
    }

    /** The Content-Type's media type, lowercased, without parameters ("" when absent). */
    public String mediaType() {
        String type = http.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** The peer as "ip:port". */
    public String remote() {
        return remoteIp() + ":" + http.getRemoteAddress().getPort();
    }

    /** The peer's IP literal. */
    public String remoteIp() {
        return http.getRemoteAddress().getAddress().getHostAddress();
    }

    /**
     * Reads the body, at most {@link #MAX_BODY_BYTES}. A longer body is discarded (up to a bound) and refused.
     */
    public byte[] body() throws IOException, BodyTooLargeException {
        try {
            return readBody();
        } finally {
            bodyDone();
        }
    }

    /** Runs {@code action} once, when the body has been read (or given up on): see {@link AddressGate}. */
    void onBodyDone(Runnable action) {
        onBodyDone = action;
    }

    /** Marks the body as read (or abandoned); the first call runs the {@link #onBodyDone} action. */
    void bodyDone() {
        if (bodyDone.compareAndSet(false, true)) {
            onBodyDone.run();
        }
    }

    private byte[] readBody() throws IOException, BodyTooLargeException {
        InputStream in = http.getRequestBody();
        byte[] buf = in.readNBytes(MAX_BODY_BYTES + 1);
        if (buf.length <= MAX_BODY_BYTES) {
            return buf;
        }
        long discarded = buf.length;
        byte[] sink = new byte[16 * 1024];
        int n;
        while (discarded < DISCARD_LIMIT && (n = in.read(sink)) > 0) {
            discarded += n;
        }
        if (discarded >= DISCARD_LIMIT) {
            http.getResponseHeaders().set("Connection", "close");
        }
        throw new BodyTooLargeException(MAX_BODY_BYTES);
    }

    /** Sets a response header (before {@link #respond}). */
    public void header(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    /**
     * Sends the reply if none was sent yet; returns whether this call sent it. An I/O failure (the client went
     * away) is logged, never thrown: a late reply from a timer has no caller to handle it.
     */
    public boolean respond(int status, String contentType, byte[] body) {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        try (OutputStream out = http.getResponseBody()) {
            if (contentType != null) {
                http.getResponseHeaders().set("Content-Type", contentType);
            }
            // -1 tells the JDK server "no body": a 502 with Content-Length 0 reads the same to clients.
            http.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            for (int off = 0; off < body.length; off += WRITE_SLICE) {
                out.write(body, off, Math.min(WRITE_SLICE, body.length - off));
            }
        } catch (IOException e) {
            LOG.fine(() -> "[HTTP]: Could not reply " + status + " to " + this + ": " + e);
        } finally {
            http.close();
        }
        return true;
    }

    /** A reply with no body. */
    public boolean respond(int status) {
        return respond(status, null, new byte[0]);
    }

    /** A short plain-text reply, for errors a person reads. */
    public boolean respondText(int status, String text) {
        return respond(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Answers and drops the connection without reading the rest of the request. The JDK server drains an unread
     * body when an exchange closes, which would hold this thread for as long as the peer dawdles; a thread
     * interrupted while it reads a socket channel closes the channel instead. So the reply is written and flushed,
     * then the drain runs interrupted, and the flag is cleared before the thread goes back to the pool.
     */
    boolean respondAndDrop(int status, String text) {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        try {
            http.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            http.getResponseHeaders().set("Connection", "close");
            http.sendResponseHeaders(status, body.length);
            OutputStream out = http.getResponseBody();
            out.write(body);
            out.flush();
            Thread.currentThread().interrupt();
            out.close();
        } catch (IOException e) {
            LOG.fine(() -> "[HTTP]: Could not reply " + status + " to " + this + ": " + e);
        } finally {
            http.close();
            Thread.interrupted();
        }
        return true;
    }

    public boolean answered() {
        return answered.get();
    }

    @Override
    public String toString() {
        return LogText.of(method()) + " " + LogText.of(path()) + " from " + remote() + (answered() ? " (answered)" : "");
    }
}
