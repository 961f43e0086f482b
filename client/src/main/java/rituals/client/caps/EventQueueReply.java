package rituals.client.caps;

import java.util.List;
import java.util.Map;

/**
 * One answered EventQueueGet poll. A 200 carries {@code id} and the events (name, body); a held poll that timed out
 * comes back as OpenSim's empty 502, and {@code id} is then -1 and the list empty.
 */
public record EventQueueReply(int status, long id, List<Event> events) {
    public EventQueueReply {
        events = List.copyOf(events);
    }

    /** One event: its message name (e.g. EnableSimulator, ParcelProperties) and LLSD body. */
    public record Event(String message, Map<?, ?> body) {}
}
