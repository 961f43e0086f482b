package rituals.client.caps;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import rituals.client.HttpDeadline;
import rituals.protocol.DecodeException;
import rituals.protocol.eventqueue.EventBatch;
import rituals.protocol.eventqueue.EventPollRequest;
import rituals.protocol.llsd.LlsdXml;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * The EventQueueGet long poll, as LibreMetaverse runs it: POST {@code {ack, done:false}}, the
 * first ack 0 and then the last reply's id (undef after an empty or failed reply); re-poll as soon as a reply comes.
 * Unlike LibreMetaverse it does not let fast error replies become a tight loop: a non-200 answered in less than
 * {@code minHold} (a 502 that was not a held keep-alive, a 500, a transport error) waits 1 s, doubling up to 30 s,
 * before the next poll. A 404 or 410 means the queue is gone and ends the loop. All callbacks run on the loop.
 */
public final class EventQueuePoller {
    private static final long FIRST_BACKOFF_MILLIS = 1000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final HttpClient http;
    private final URI uri;
    private final ScheduledExecutorService loop;
    private final Clock clock;
    private final Probe probe;
    private final Duration timeout;
    private final Duration minHold;
    private final Consumer<EventQueueReply> onReply;
    private int ack = 0;
    private long backoffMillis;
    private boolean stopped;
    private CompletableFuture<?> inFlight;
    private ScheduledFuture<?> retry;

    /**
     * @param timeout  per poll (LibreMetaverse Timing.CapsTimeout: 60 s; OpenSim holds a poll up to 58 s)
     * @param minHold  a non-200 that took less than this is treated as an error, not a keep-alive
     */
    public EventQueuePoller(HttpClient http, URI uri, ScheduledExecutorService loop, Clock clock, Probe probe,
            Duration timeout, Duration minHold, Consumer<EventQueueReply> onReply) {
        this.http = http;
        this.uri = uri;
        this.loop = loop;
        this.clock = clock;
        this.probe = probe;
        this.timeout = timeout;
        this.minHold = minHold;
        this.onReply = onReply;
    }

    /** Starts polling; call on the loop. */
    public void start() {
        poll();
    }

    /**
     * Stops polling now: the poll in flight or the back-off before the next is cancelled, an answer that still comes
     * ignored. Call on the loop.
     */
    public void stop() {
        stopped = true;
        if (inFlight != null) {
            inFlight.cancel(true);
        }
        if (retry != null) {
            retry.cancel(false); // up to 30 s of back-off, per suitor of a crowd: don't keep them queued on the loop
        }
    }

    private void poll() {
        if (stopped) {
            return;
        }
        EventPollRequest body = new EventPollRequest(ack, false);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/llsd+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(LlsdXml.write(body.toLlsd())))
                .build();
        if (probe.on()) {
            probe.emit(Channel.CAPS, Verb.SEND, "EventQueueGet", -1, "Ack", body.ackForTrace());
        }
        long sent = clock.nanos();
        CompletableFuture<HttpResponse<byte[]>> future =
                HttpDeadline.send(http, request, HttpResponse.BodyHandlers.ofByteArray(), timeout, loop);
        inFlight = future;
        future.whenCompleteAsync((response, error) -> answered(response, error, sent), loop);
    }

    private void answered(HttpResponse<byte[]> response, Throwable error, long sentNanos) {
        if (stopped) {
            return;
        }
        long held = (clock.nanos() - sentNanos) / 1_000_000L;
        if (error != null) {
            ack = EventBatch.NO_ID;
            // an HttpClient timeout is LibreMetaverse's "swallow and re-poll"; anything else backs off
            if (error instanceof java.net.http.HttpTimeoutException
                    || error.getCause() instanceof java.net.http.HttpTimeoutException) {
                poll();
            } else {
                retryLater();
            }
            return;
        }
        int status = response.statusCode();
        EventQueueReply reply =
                status == 200 ? parse(response.body()) : new EventQueueReply(status, EventBatch.NO_ID, List.of());
        if (probe.on()) {
            probe.emit(Channel.CAPS, Verb.RECV, "EventQueueGet", response.body().length, "Id", reply.id(), "Events",
                    reply.events().size(), "Status", status);
        }
        ack = reply.id();
        onReply.accept(reply);
        switch (next(status, held, minHold.toMillis())) {
            case STOP -> stopped = true;
            case POLL_NOW -> {
                backoffMillis = 0;
                poll();
            }
            case BACK_OFF -> retryLater();
        }
    }

    /** What follows a reply. */
    enum Next {
        POLL_NOW,
        BACK_OFF,
        STOP
    }

    /**
     * A 200, or any reply the server held at least {@code minHoldMillis} (OpenSim's 502 keep-alive after 58 s), is
     * followed by the next poll at once; a fast non-200 by a back-off; 404 and 410 (no queue for us) end the loop.
     */
    static Next next(int status, long heldMillis, long minHoldMillis) {
        if (status == 404 || status == 410) {
            return Next.STOP;
        }
        return status == 200 || heldMillis >= minHoldMillis ? Next.POLL_NOW : Next.BACK_OFF;
    }

    private void retryLater() {
        backoffMillis = backoffMillis == 0 ? FIRST_BACKOFF_MILLIS : Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
        retry = loop.schedule(this::poll, backoffMillis, TimeUnit.MILLISECONDS);
    }

    /** Reads a 200 body; one that is not the expected map counts as an empty reply. */
    static EventQueueReply parse(byte[] body) {
        try {
            EventBatch batch = EventBatch.parse(body);
            return new EventQueueReply(200, batch.id(), batch.events());
        } catch (DecodeException e) {
            return new EventQueueReply(200, EventBatch.NO_ID, List.of());
        }
    }
}
