package rituals.trace.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.TraceEvent;

class JsonLinesProperties {
    /** Any event (quotes, newlines, non-ASCII in any text; any time to the nanosecond) survives one line of JSON. */
    @Property(tries = 200)
    void anyEventSurvivesARoundTrip(
            @ForAll @LongRange(min = 0) long seq,
            @ForAll @LongRange(min = 0) long nanos,
            @ForAll Side side,
            @ForAll Channel channel,
            @ForAll String event,
            @ForAll String subject,
            @ForAll @IntRange(min = -1) int size,
            @ForAll Map<String, String> facts) throws TraceFormatException {
        TraceEvent e = new TraceEvent(seq, nanos, side, channel, event, subject, size, facts);
        String line = JsonLines.line(e);

        assertThat(line).doesNotContain("\n");
        assertThat(JsonLines.parse(line)).isEqualTo(e);
    }
}
