package rituals.server.caps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rituals.protocol.eventqueue.RawEvent;
import rituals.server.config.IdSource;

class EventQueueTest {
    static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");

    final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);

    {
        timer.setRemoveOnCancelPolicy(true);
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    /** What a poll was answered with: "deliver id n", "expire" or "gone". */
    static final class Recorded implements EventPoll {
        final CompletableFuture<String> answer = new CompletableFuture<>();
        volatile List<RawEvent> events = List.of();

        @Override
        public void deliver(int id, List<RawEvent> events) {
            this.events = events;
            answer.complete("deliver " + id);
        }

        @Override
        public void expire() {
            answer.complete("expire");
        }

        @Override
        public void gone() {
            answer.complete("gone");
        }

        String await() throws Exception {
            return answer.get(10, TimeUnit.SECONDS);
        }
    }

    EventQueue queue(Duration hold, int limit) {
        EventQueue q = new EventQueue(limit, hold, timer, IdSource.seeded(7));
        q.open(AGENT);
        return q;
    }

    int startId() {
        return IdSource.seeded(7).nextInt(EventQueue.START_ID_BOUND);
    }

    @Test
    void aParkedPollIsReleasedByAnEvent() throws Exception {
        EventQueue q = queue(Duration.ofMinutes(5), 100);
        Recorded poll = new Recorded();
        q.poll(AGENT, poll);
        assertThat(poll.answer).isNotDone();
        assertThat(q.enqueue(AGENT, "ParcelProperties", Map.of("x", 1))).isTrue();
        assertThat(poll.await()).isEqualTo("deliver " + startId());
        assertThat(poll.events).containsExactly(new RawEvent("ParcelProperties", Map.of("x", 1)));

        // Ids increase by one per non-empty reply; queued events are answered at once.
        q.enqueue(AGENT, "A", Map.of());
        q.enqueue(AGENT, "B", Map.of());
        Recorded next = new Recorded();
        q.poll(AGENT, next);
        assertThat(next.await()).isEqualTo("deliver " + (startId() + 1));
        assertThat(next.events).extracting(RawEvent::message).containsExactly("A", "B");
    }

    @Test
    void aParkedPollExpiresAfterTheHold() throws Exception {
        EventQueue q = queue(Duration.ofMillis(50), 100);
        Recorded poll = new Recorded();
        q.poll(AGENT, poll);
        assertThat(poll.await()).isEqualTo("expire");
        // The expired poll took no id: the next event still gets the first one.
        q.enqueue(AGENT, "A", Map.of());
        Recorded next = new Recorded();
        q.poll(AGENT, next);
        assertThat(next.await()).isEqualTo("deliver " + startId());
    }

    @Test
    void aNewerPollReplacesAParkedOne() throws Exception {
        EventQueue q = queue(Duration.ofMinutes(5), 100);
        Recorded first = new Recorded();
        Recorded second = new Recorded();
        q.poll(AGENT, first);
        q.poll(AGENT, second);
        assertThat(first.await()).isEqualTo("expire");
        q.enqueue(AGENT, "A", Map.of());
        assertThat(second.await()).startsWith("deliver");
    }

    @Test
    void keepsAtMostTheLimitDroppingTheOldest() throws Exception {
        EventQueue q = queue(Duration.ofMinutes(5), 100);
        for (int i = 0; i < 105; i++) {
            q.enqueue(AGENT, "E" + i, Map.of());
        }
        assertThat(q.pending(AGENT)).isEqualTo(100);
        assertThat(q.dropped(AGENT)).isEqualTo(5);
        Recorded poll = new Recorded();
        q.poll(AGENT, poll);
        poll.await();
        assertThat(poll.events).hasSize(100);
        assertThat(poll.events.get(0).message()).isEqualTo("E5");
        assertThat(poll.events.get(99).message()).isEqualTo("E104");
    }

    @Test
    void unknownOrClosedAgentsAreGone() throws Exception {
        EventQueue q = queue(Duration.ofMinutes(5), 100);
        Recorded stranger = new Recorded();
        q.poll(UUID.randomUUID(), stranger);
        assertThat(stranger.await()).isEqualTo("gone");
        assertThat(q.enqueue(UUID.randomUUID(), "A", Map.of())).isFalse();

        Recorded parked = new Recorded();
        q.poll(AGENT, parked);
        q.close(AGENT);
        assertThat(parked.await()).isEqualTo("gone");
        assertThat(timer.getQueue()).isEmpty(); // the hold timer was cancelled, not left to fire
    }
}
