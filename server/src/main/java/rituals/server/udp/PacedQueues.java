package rituals.server.udp;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import rituals.protocol.types.Bytes;

/**
 * A circuit's throttled categories: the client's AgentThrottle rates (see {@link Throttles}) and, per category, the
 * messages waiting for its bucket, at most {@code maxQueued} in all. The circuit transmits what a bucket lets out.
 */
final class PacedQueues {
    /** Sends one waiting message now; returns its datagram's size, which the bucket is charged. */
    interface Transmitter {
        int transmit(Outgoing out, long now);
    }

    private final Throttles throttles;
    private final int maxQueued;
    private final Transmitter transmitter;
    private final Map<Category, ArrayDeque<Outgoing>> queues = new EnumMap<>(Category.class);
    /** Messages in all queues: the tick skips the queues (and their map iterator) when none wait. */
    private int queuedTotal;

    PacedQueues(long now, int maxQueued, Transmitter transmitter) {
        this.throttles = new Throttles(now);
        this.maxQueued = maxQueued;
        this.transmitter = transmitter;
    }

    /** Whether {@code category} is paced at all (an unpaced one is sent at once). */
    boolean paced(Category category) {
        return throttles.bucket(category) != null;
    }

    /**
     * Queues {@code out} behind its category's bucket and lets out what the bucket allows; false, and nothing
     * queued, when {@code maxQueued} messages already wait.
     */
    boolean offer(Category category, Outgoing out, long now) {
        if (queuedTotal >= maxQueued) {
            return false;
        }
        queues.computeIfAbsent(category, c -> new ArrayDeque<>()).add(out);
        queuedTotal++;
        TokenBucket bucket = throttles.bucket(category);
        bucket.refill(now); // the tick refills only while something waits: catch up on the idle time first
        pump(category, bucket, now);
        return true;
    }

    /** Lets out what every bucket allows now; nothing to do, and nothing walked, when no message waits. */
    void tick(long now) {
        // Profiled with 2,000 circuits: once any message had been queued, every tick of every circuit walked the
        // (then empty) queues and refilled the buckets; this was the region loop's largest cost at rest.
        if (queuedTotal == 0) {
            return;
        }
        throttles.refill(now);
        for (Map.Entry<Category, ArrayDeque<Outgoing>> e : queues.entrySet()) {
            pump(e.getKey(), throttles.bucket(e.getKey()), now);
        }
    }

    private void pump(Category category, TokenBucket bucket, long now) {
        ArrayDeque<Outgoing> q = queues.get(category);
        while (q != null && !q.isEmpty() && bucket.canSend()) {
            queuedTotal--;
            bucket.spend(transmitter.transmit(q.poll(), now));
        }
    }

    int queued() {
        return queuedTotal;
    }

    int maxQueued() {
        return maxQueued;
    }

    void apply(Bytes throttlesField) {
        throttles.apply(throttlesField);
    }

    double rate(Category category) {
        return throttles.rate(category);
    }
}
