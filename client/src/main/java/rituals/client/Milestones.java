package rituals.client;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import rituals.trace.Clock;

/**
 * When a ritual reached each milestone, in milliseconds from the login request, and a future per milestone a scenario
 * or a crowd waits on. The suitor's milestones are its root simulator's; a simulator added later keeps its own, on the
 * same timebase, so its arrival never moves the root's. Loop-owned; the futures complete on the loop.
 */
final class Milestones {
    final CompletableFuture<Long> loginAccepted = new CompletableFuture<>();
    final CompletableFuture<Long> circuitAcked = new CompletableFuture<>();
    final CompletableFuture<Long> regionHandshake = new CompletableFuture<>();
    final CompletableFuture<Long> movementComplete = new CompletableFuture<>();
    final CompletableFuture<Long> terrainComplete = new CompletableFuture<>();
    final CompletableFuture<Long> eventQueuePolling = new CompletableFuture<>();
    final CompletableFuture<Ending> ended = new CompletableFuture<>();

    private final Clock clock;
    private long loginStartNanos;
    final Map<Phase, Long> phases = new EnumMap<>(Phase.class);

    Milestones(Clock clock) {
        this.clock = clock;
    }

    /** Milestones for a simulator added later, timed from the same login request. */
    Milestones sameTimebase() {
        Milestones other = new Milestones(clock);
        other.loginStartNanos = loginStartNanos;
        return other;
    }

    /** The login request goes out now: the timebase of every phase and ending. */
    void loginStarted() {
        loginStartNanos = clock.nanos();
    }

    /** Milliseconds since the login request. */
    /** The phase reached last, or null before the first. */
    Phase latest() {
        Phase latest = null;
        long latestAt = -1;
        for (Map.Entry<Phase, Long> e : phases.entrySet()) {
            if (e.getValue() >= latestAt) {
                latest = e.getKey();
                latestAt = e.getValue();
            }
        }
        return latest;
    }

    long sinceLogin() {
        return (clock.nanos() - loginStartNanos) / 1_000_000L;
    }

    /** Records the first time {@code phase} is reached. */
    void mark(Phase phase) {
        phases.putIfAbsent(phase, sinceLogin());
    }

    /** Records {@code phase} again, for a phase that is the latest of its kind (the last LayerData). */
    void markLatest(Phase phase) {
        phases.put(phase, sinceLogin());
    }

    /** Completes {@code milestone} with the time now, if it has not completed yet; true if it just did. */
    boolean reach(CompletableFuture<Long> milestone) {
        return milestone.complete(sinceLogin());
    }
}
