package rituals.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One observed signal: a fact, never prose. {@code event} is the verb (RECV, SEND, START, AUTH SUCCESS, …),
 * {@code subject} what it concerns (a message name such as UseCircuitCode, "XML-RPC login_to_simulator", or "" when the
 * verb says it all), {@code size} the wire size in bytes or -1, and {@code facts} the key fields in insertion order.
 *
 * @param seq    position in the merged timeline, from the recorder
 * @param nanos  time from the recorder's clock, in nanoseconds since the recording started
 */
public record TraceEvent(
        long seq, long nanos, Side side, Channel channel, String event, String subject, int size,
        Map<String, String> facts) {

    public TraceEvent {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** "SERVER.UDP.RECV.UseCircuitCode": the key editions use to find a phrase. */
    public String key() {
        return subject.isEmpty() ? side + "." + channel + "." + event : side + "." + channel + "." + event + "." + subject;
    }

    public String fact(String name) {
        return facts.get(name);
    }
}
