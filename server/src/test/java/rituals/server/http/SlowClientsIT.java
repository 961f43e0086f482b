package rituals.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rituals.protocol.testing.Captures;

/**
 * Slow-client attacks on the HTTP front end over loopback: clients that send a request head and never finish it,
 * or a body and never finish it, must not stop logins, and the venue must close them in the end.
 */
class SlowClientsIT extends VenueFixture {
    static final int SLOW_HEADS = 500;

    final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    /** Connects from {@code local} (any 127.x address is loopback on Linux) and sends {@code bytes}, no more. */
    Socket stall(String local, String bytes) throws IOException {
        Socket s = new Socket();
        sockets.add(s);
        s.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
        s.connect(new InetSocketAddress("127.0.0.1", venue.http.boundPort()));
        s.getOutputStream().write(bytes.getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    static void awaitAtLeast(IntSupplier value, int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (value.getAsInt() < wanted) {
            assertThat(System.nanoTime()).as("waiting for %d, at %d", wanted, value.getAsInt()).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    HttpResponse<String> login() {
        return venue.post("/", LoginIT.TEXT_XML, Captures.bytes("login/xmlrpc-request--libomv.xml"));
    }

    /** Reads until the venue closes the connection; the bytes it sent before closing. */
    static String untilClosed(Socket s, int timeoutMs) throws IOException {
        s.setSoTimeout(timeoutMs);
        StringBuilder got = new StringBuilder();
        InputStream in = s.getInputStream();
        try {
            int b;
            while ((b = in.read()) >= 0) {
                got.append((char) b);
            }
        } catch (SocketException reset) {
            // A reset is a close too (the venue dropped unread bytes).
        }
        return got.toString();
    }

    @Test
    void fiveHundredHalfSentHeadsNeitherBlockALoginNorStayOpen() throws Exception {
        for (int i = 0; i < SLOW_HEADS; i++) {
            stall("127.0.0.1", "POST / HTTP/1.1\r\nHost: venue\r\nContent-Type: text/xml\r\n");
        }
        // Every one of them now holds a request thread, blocked reading the rest of its head.
        awaitAtLeast(venue.http::busyThreads, SLOW_HEADS);

        long t0 = System.nanoTime();
        HttpResponse<String> r = login();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(LoginIT.xmlRpcValue(r.body(), "login")).isEqualTo("true");
        assertThat(ms).as("login time with %d slow clients", SLOW_HEADS).isLessThan(5_000);

        // The venue gives a request MAX_REQUEST_SECONDS to arrive, then closes the connection (a timer checks
        // every second).
        int limitMs = (HttpFrontEnd.MAX_REQUEST_SECONDS + 5) * 1000;
        for (Socket s : sockets) {
            assertThat(untilClosed(s, limitMs)).isEmpty();
        }
    }

    @Test
    void unfinishedBodiesFromOneAddressAreBoundedAndTheRestRefused() throws Exception {
        String head = "POST / HTTP/1.1\r\nHost: venue\r\nContent-Type: text/xml\r\nContent-Length: 1000\r\n\r\n<?xml";
        for (int i = 0; i < HttpFrontEnd.UNFINISHED_PER_ADDRESS; i++) {
            stall("127.0.0.2", head);
        }
        awaitAtLeast(venue.http::busyThreads, HttpFrontEnd.UNFINISHED_PER_ADDRESS);

        // One more from the same address is answered at once and dropped, without waiting for its body.
        Socket extra = stall("127.0.0.2", head);
        String reply = untilClosed(extra, 5_000);
        assertThat(reply).startsWith("HTTP/1.1 503").contains("too many unfinished requests from 127.0.0.2");

        // Another address logs in meanwhile.
        assertThat(LoginIT.xmlRpcValue(login().body(), "login")).isEqualTo("true");

        // The unfinished ones are closed when their time is up.
        int limitMs = (HttpFrontEnd.MAX_REQUEST_SECONDS + 5) * 1000;
        for (Socket s : sockets.subList(0, HttpFrontEnd.UNFINISHED_PER_ADDRESS)) {
            assertThat(untilClosed(s, limitMs)).isEmpty();
        }
    }
}
