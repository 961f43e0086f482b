package rituals.protocol.eventqueue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event-queue event as it travels: {@code {message: name, body: {...}}}. A message this module has no record for
 * stays in this form, so nothing a server sends is lost on the way through.
 *
 * @param body LLSD values as the protocol's LLSD codec maps them (Map, List, String, Integer, UUID, Bytes, …)
 */
public record RawEvent(String message, Map<String, Object> body) {
    public RawEvent {
        body = Collections.unmodifiableMap(new LinkedHashMap<>(body)); // keeps the writer's key order
    }
}
