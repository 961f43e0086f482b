package rituals.trace.narrative;

import java.util.List;
import rituals.trace.Channel;
import rituals.trace.Party;
import rituals.trace.Side;
import rituals.trace.Verb;

/**
 * Repetitive traffic of one kind told as one line: the kind (side, channel, verb, subject, parties, agent), the
 * edition's sentence about it and its figures ({@code Count}, {@code Rate}, {@code First}, {@code Last},
 * {@code Bytes}).
 *
 * @param firstSeq the first event's position in the timeline, where a diagram notes the kind
 */
public record ChorusLine(
        long firstSeq, Side side, Channel channel, Verb verb, String subject, Party from, Party to, String agent,
        int count, Phrase phrase, List<Fact> figures) {

    public ChorusLine {
        figures = List.copyOf(figures);
    }

    /** {@code [SERVER] [UDP] RECV AgentUpdate}. */
    public String heading() {
        return Headings.of(side, channel, verb, subject);
    }

    /** A figure's value, e.g. {@code figure("Rate")} is "19.86/s"; null when not shown (a rate needs 3 events). */
    public String figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).map(Fact::value).findFirst().orElse(null);
    }
}
