package rituals.trace.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.Party;
import rituals.trace.Scope;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

class JsonLinesProperties {
    /** Any event (quotes, newlines, non-ASCII in any text; any time to the nanosecond) survives one line of JSON. */
    @Property(tries = 200)
    void anyEventSurvivesARoundTrip(
            @ForAll @LongRange(min = 0) long seq,
            @ForAll @LongRange(min = 0) long nanos,
            @ForAll Side side,
            @ForAll Channel channel,
            @ForAll Verb verb,
            @ForAll String subject,
            @ForAll @IntRange(min = -1) int size,
            @ForAll Party.Role fromRole,
            @ForAll String region,
            @ForAll long handle,
            @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long circuit,
            @ForAll String agent,
            @ForAll Map<String, String> facts) throws TraceFormatException {
        Party from = new Party(fromRole, fromRole == Party.Role.REGION ? region : "");
        TraceEvent e = new TraceEvent(seq, nanos, side, channel, verb, subject, size, from, Party.region(region),
                new Scope(region, handle, circuit, agent, agent), facts);
        String line = JsonLines.line(e);

        assertThat(line).doesNotContain("\n");
        assertThat(JsonLines.parse(line)).isEqualTo(e);
    }
}
