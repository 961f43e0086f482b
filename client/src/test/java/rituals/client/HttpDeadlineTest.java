package rituals.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpDeadlineTest {
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final HttpClient http = HttpClient.newHttpClient();

    HttpDeadlineTest() {
        timer.setRemoveOnCancelPolicy(true);
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void a_server_that_never_answers_fails_the_exchange_at_the_deadline() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            URI uri = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/");
            CompletableFuture<HttpResponse<String>> exchange = HttpDeadline.send(http, HttpRequest.newBuilder(uri)
                    .build(), HttpResponse.BodyHandlers.ofString(), Duration.ofMillis(200), timer);

            assertThatThrownBy(() -> exchange.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(HttpTimeoutException.class).hasMessageContaining("no answer within 200 ms");
        }
    }

    @Test
    void an_answered_exchange_withdraws_its_deadline() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, 2);
            ex.getResponseBody().write("ok".getBytes());
            ex.close();
        });
        server.start();
        try {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            HttpResponse<String> response = HttpDeadline.send(http, HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString(), Duration.ofMinutes(10), timer).get(10, TimeUnit.SECONDS);

            assertThat(response.body()).isEqualTo("ok");
            assertThat(timer.getQueue()).isEmpty(); // nothing left to fire, nor to hold in memory for ten minutes
        } finally {
            server.stop(0);
        }
    }
}
