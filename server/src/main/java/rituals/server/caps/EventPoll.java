package rituals.server.caps;

import java.util.List;
import rituals.protocol.eventqueue.RawEvent;

/**
 * A parked EventQueueGet request, answered exactly once by the {@link EventQueue}: with events, with the hold
 * expiring, or because the agent's queue is gone. Implemented by the HTTP layer over a held exchange, so that a
 * waiting poll holds a connection but no thread.
 */
public interface EventPoll {
    /** Events arrived: reply 200 with them and this response id. */
    void deliver(int id, List<RawEvent> events);

    /** Nothing arrived within the hold (or a newer poll replaced this one): reply 502 with an empty body. */
    void expire();

    /** The agent has no queue (never opened, or closed): reply 404. */
    void gone();
}
