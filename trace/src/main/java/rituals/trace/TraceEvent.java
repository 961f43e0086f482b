package rituals.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One observed signal: a fact, never prose. {@code verb} says what happened, {@code from} and {@code to} who sent it to
 * whom (both the recording party for a verb that crosses no wire, such as OPEN), {@code subject} what it concerns (a
 * message name such as UseCircuitCode, "XML-RPC login_to_simulator", a drop's reason, or "" when the verb says it
 * all), {@code size} the wire size in bytes or -1, {@code scope} the region, circuit and agent where known, and
 * {@code facts} the key fields in insertion order.
 *
 * @param seq    position in the merged timeline, from the recorder
 * @param nanos  time from the recorder's clock, in nanoseconds since the recording started
 * @param side   where the probe sat
 */
public record TraceEvent(
        long seq, long nanos, Side side, Channel channel, Verb verb, String subject, int size, Party from, Party to,
        Scope scope, Map<String, String> facts) {

    public TraceEvent {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /**
     * An event whose parties follow from where it was recorded (see {@link Parties}), for tests and readers of files
     * that predate explicit parties.
     */
    public static TraceEvent of(long seq, long nanos, Side side, Channel channel, Verb verb, String subject, int size,
            Scope scope, Map<String, String> facts) {
        Party self = Parties.self(side, channel, scope);
        Party peer = Parties.peer(side, channel, scope);
        return new TraceEvent(seq, nanos, side, channel, verb, subject, size, verb.outbound() ? self
                : verb.inbound() ? peer : self, verb.outbound() ? peer : self, scope, facts);
    }

    /** "SERVER.UDP.RECV.UseCircuitCode": the key editions use to find a phrase. */
    public String key() {
        String base = side + "." + channel + "." + verb;
        return subject.isEmpty() ? base : base + "." + subject;
    }

    public String fact(String name) {
        return facts.get(name);
    }

    /** Whether this event was recorded by {@code side} and is {@code verb}. */
    public boolean is(Side side, Verb verb) {
        return this.side == side && this.verb == verb;
    }
}
