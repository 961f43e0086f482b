package rituals.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExchangeTest {
    @Test
    void a_long_body_goes_out_whole_in_slices_the_servers_write_buffer_holds_without_growing() {
        byte[] body = new byte[15_203]; // about a login reply, and not a multiple of the slice
        new Random(7).nextBytes(body);
        Recording http = new Recording();

        assertThat(new Exchange(http).respond(200, "text/xml", body)).isTrue();

        assertThat(http.sent.toByteArray()).isEqualTo(body);
        assertThat(http.declaredLength).isEqualTo(body.length);
        assertThat(http.writes).allSatisfy(n -> assertThat(n).isBetween(1, Exchange.WRITE_SLICE));
        assertThat(http.closed).isTrue();
    }

    @Test
    void an_empty_body_declares_none_and_writes_nothing() {
        Recording http = new Recording();

        new Exchange(http).respond(502);

        assertThat(http.declaredLength).isEqualTo(-1);
        assertThat(http.writes).isEmpty();
    }

    /** An exchange that records what the handler sends. */
    private static final class Recording extends HttpExchange {
        final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        final List<Integer> writes = new ArrayList<>();
        final Headers responseHeaders = new Headers();
        long declaredLength;
        boolean closed;

        private final OutputStream body = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                writes.add(len);
                sent.write(b, off, len);
            }
        };

        @Override
        public Headers getRequestHeaders() {
            return new Headers();
        }

        @Override
        public Headers getResponseHeaders() {
            return responseHeaders;
        }

        @Override
        public URI getRequestURI() {
            return URI.create("/login");
        }

        @Override
        public String getRequestMethod() {
            return "POST";
        }

        @Override
        public HttpContext getHttpContext() {
            return null;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public InputStream getRequestBody() {
            return InputStream.nullInputStream();
        }

        @Override
        public OutputStream getResponseBody() {
            return body;
        }

        @Override
        public void sendResponseHeaders(int rCode, long responseLength) {
            declaredLength = responseLength;
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return new InetSocketAddress("127.0.0.1", 40000);
        }

        @Override
        public int getResponseCode() {
            return 200;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return new InetSocketAddress("127.0.0.1", 9000);
        }

        @Override
        public String getProtocol() {
            return "HTTP/1.1";
        }

        @Override
        public Object getAttribute(String name) {
            return null;
        }

        @Override
        public void setAttribute(String name, Object value) {}

        @Override
        public void setStreams(InputStream i, OutputStream o) {}

        @Override
        public HttpPrincipal getPrincipal() {
            return null;
        }
    }
}
