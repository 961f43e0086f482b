package rituals.client;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends an HTTP request that gives up after a deadline. Not {@code HttpRequest.timeout()}: with a request timeout the
 * JDK 17 client delays exchanges by up to half a second (measured on loopback at 500 logins/s: median 503 ms with
 * it, 9 ms without), so the deadline cancels the exchange from outside instead.
 *
 * <p>The deadline runs on the caller's scheduler and is withdrawn when the exchange ends. Not
 * {@code CompletableFuture.delayedExecutor}: on two cores its default pool starts a new thread for every task, so
 * each request's deadline started a thread when it fell due, answered or not (~3,500 threads during one crowd ramp).
 */
public final class HttpDeadline {
    private HttpDeadline() {}

    public static <T> CompletableFuture<HttpResponse<T>> send(HttpClient http, HttpRequest request,
            HttpResponse.BodyHandler<T> handler, Duration deadline, ScheduledExecutorService timer) {
        CompletableFuture<HttpResponse<T>> exchange = http.sendAsync(request, handler);
        CompletableFuture<HttpResponse<T>> out = new CompletableFuture<>();
        ScheduledFuture<?> due = timer.schedule(() -> {
            if (out.completeExceptionally(new HttpTimeoutException("no answer within " + deadline.toMillis()
                    + " ms from " + request.uri()))) {
                exchange.cancel(true); // aborts the exchange and frees its connection
            }
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        exchange.whenComplete((response, error) -> {
            due.cancel(false); // before the caller hears of it, so nothing of the exchange outlives it
            if (error != null) {
                out.completeExceptionally(error);
            } else {
                out.complete(response);
            }
        });
        out.whenComplete((response, error) -> {
            if (out.isCancelled()) {
                due.cancel(false);
                exchange.cancel(true); // the caller gave up (a suitor stopping its event-queue poll)
            }
        });
        return out;
    }
}
