package rituals.server.caps;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import rituals.protocol.eventqueue.RawEvent;
import rituals.server.config.IdSource;

/**
 * The per-agent event queues behind EventQueueGet (OpenSim's long poll at {@code /CE/<uuid>}). The region
 * {@link #enqueue}s; a poll that finds events is answered at once, otherwise it is parked (no thread held) until
 * an event arrives or the hold expires (502, as OpenSim). Each non-empty reply carries an id that starts at a random
 * value below 3·10⁷ per agent and increases by one. At most {@code limit} events wait per agent; beyond that the
 * oldest is dropped and logged.
 *
 * <p>Thread-safe: each agent's queue is guarded by its own lock, and polls are answered outside it.
 */
public final class EventQueue {
    private static final Logger LOG = Logger.getLogger(EventQueue.class.getName());
    /** OpenSim starts each agent's ids at a random value in [0, 3·10⁷). */
    static final int START_ID_BOUND = 30_000_000;

    private final int limit;
    private final Duration hold;
    private final ScheduledExecutorService timer;
    private final IdSource ids;
    private final Map<UUID, AgentQueue> queues = new ConcurrentHashMap<>();

    private static final class AgentQueue {
        final ArrayDeque<RawEvent> events = new ArrayDeque<>();
        int nextId;
        long dropped;
        EventPoll parked;
        ScheduledFuture<?> expiry;

        AgentQueue(int startId) {
            this.nextId = startId;
        }

        /** Takes the parked poll away (cancelling its timer); null when none. Caller holds the lock. */
        EventPoll unpark() {
            EventPoll poll = parked;
            parked = null;
            if (expiry != null) {
                expiry.cancel(false);
                expiry = null;
            }
            return poll;
        }

        List<RawEvent> drain() {
            List<RawEvent> batch = new ArrayList<>(events);
            events.clear();
            return batch;
        }
    }

    /**
     * @param limit events kept per agent
     * @param hold  how long a poll waits for an event
     * @param timer runs the hold expiries (one thread serves thousands of parked polls)
     */
    public EventQueue(int limit, Duration hold, ScheduledExecutorService timer, IdSource ids) {
        this.limit = limit;
        this.hold = hold;
        this.timer = timer;
        this.ids = ids;
    }

    /** Creates (or resets) the agent's queue. */
    public void open(UUID agent) {
        AgentQueue old = queues.put(agent, new AgentQueue(ids.nextInt(START_ID_BOUND)));
        if (old != null) {
            release(old);
        }
    }

    /** Removes the agent's queue; a parked poll is answered 404. */
    public void close(UUID agent) {
        AgentQueue q = queues.remove(agent);
        if (q != null) {
            release(q);
        }
    }

    private static void release(AgentQueue q) {
        EventPoll poll;
        synchronized (q) {
            poll = q.unpark();
        }
        if (poll != null) {
            poll.gone();
        }
    }

    /**
     * Queues an event for the agent, answering its parked poll if there is one. Returns false when the agent has no
     * queue.
     */
    public boolean enqueue(UUID agent, String message, Map<String, Object> body) {
        return enqueue(agent, new RawEvent(message, body));
    }

    /** Queues an event for the agent; see {@link #enqueue(UUID, String, Map)}. */
    public boolean enqueue(UUID agent, RawEvent event) {
        AgentQueue q = queues.get(agent);
        if (q == null) {
            return false;
        }
        EventPoll poll;
        List<RawEvent> batch = null;
        int id = 0;
        synchronized (q) {
            q.events.addLast(event);
            if (q.events.size() > limit) {
                RawEvent lost = q.events.removeFirst();
                q.dropped++;
                // Log the first overflow and then every hundredth, so a client that stopped polling cannot flood.
                if (q.dropped == 1 || q.dropped % 100 == 0) {
                    long total = q.dropped;
                    LOG.warning(() -> "[EVENT QUEUE]: Queue of agent " + agent + " is full (" + limit
                            + " events): dropped " + lost.message() + " (" + total + " dropped so far)");
                }
            }
            poll = q.unpark();
            if (poll != null) {
                batch = q.drain();
                id = q.nextId++;
            }
        }
        if (poll != null) {
            poll.deliver(id, batch);
        }
        return true;
    }

    /**
     * Answers a poll now if events wait, otherwise parks it for the hold. A poll already parked for the agent is
     * answered as expired: a client has one poll outstanding, so an older one is a leftover.
     */
    public void poll(UUID agent, EventPoll poll) {
        AgentQueue q = queues.get(agent);
        if (q == null) {
            poll.gone();
            return;
        }
        EventPoll previous;
        List<RawEvent> batch = null;
        int id = 0;
        synchronized (q) {
            previous = q.unpark();
            if (q.events.isEmpty()) {
                q.parked = poll;
                q.expiry = timer.schedule(() -> expire(q, poll), hold.toNanos(), TimeUnit.NANOSECONDS);
            } else {
                batch = q.drain();
                id = q.nextId++;
            }
        }
        if (previous != null) {
            previous.expire();
        }
        if (batch != null) {
            poll.deliver(id, batch);
        }
    }

    private static void expire(AgentQueue q, EventPoll poll) {
        synchronized (q) {
            if (q.parked != poll) {
                return; // answered meanwhile
            }
            q.unpark();
        }
        poll.expire();
    }

    /** Events waiting for the agent (0 when it has no queue). */
    public int pending(UUID agent) {
        AgentQueue q = queues.get(agent);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            return q.events.size();
        }
    }

    /** Events dropped for the agent because its queue was full. */
    public long dropped(UUID agent) {
        AgentQueue q = queues.get(agent);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            return q.dropped;
        }
    }
}
