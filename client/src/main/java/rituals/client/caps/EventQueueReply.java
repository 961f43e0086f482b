package rituals.client.caps;

import java.util.List;
import rituals.protocol.eventqueue.EventBatch;
import rituals.protocol.eventqueue.RawEvent;

/**
 * One answered EventQueueGet poll. A 200 carries {@code id} and the events; a held poll that timed out comes back as
 * OpenSim's empty 502, and {@code id} is then {@link EventBatch#NO_ID} and the list empty.
 */
public record EventQueueReply(int status, int id, List<RawEvent> events) {
    public EventQueueReply {
        events = List.copyOf(events);
    }
}
