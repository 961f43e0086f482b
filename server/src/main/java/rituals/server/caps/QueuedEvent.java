package rituals.server.caps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event-queue event: an LLSD message name and body, as {@code {message: name, body: {...}}} in the reply.
 *
 * @param body LLSD values as the protocol's LLSD codec maps them (Map, List, String, Integer, UUID, …)
 */
public record QueuedEvent(String message, Map<String, Object> body) {
    public QueuedEvent {
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body)); // keeps the caller's key order
    }
}
