package rituals.server.region;

import java.util.UUID;
import rituals.protocol.eventqueue.EventMessage;

/**
 * What the region tells the rest of the server (capabilities, event queue). Called on the region loop thread: an
 * implementation hands work off and returns at once.
 */
public interface RegionListener {
    RegionListener NONE = new RegionListener() {};

    /** The agent is a root agent in the region now (CompleteAgentMovement was accepted). */
    default void agentArrived(UUID agentId) {}

    /** An event for the agent's event queue (EventQueueGet), e.g. ParcelProperties at arrival. */
    default void event(UUID agentId, EventMessage event) {}

    /**
     * The agent's circuit or its unused provision is gone and every region resource of it freed: drop its caps and
     * event queue, unless the agent has logged in again since ({@code sessionId} is then not the current login's: a
     * kicked session may finish closing after its successor was provisioned).
     *
     * @param reason {@code logout}, {@code timeout}, {@code close-circuit}, {@code kicked}, {@code shutdown},
     *               {@code expired} or {@code replaced}
     */
    default void agentLeft(UUID agentId, UUID sessionId, String reason) {}
}
