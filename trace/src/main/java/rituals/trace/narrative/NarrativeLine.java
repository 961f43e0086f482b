package rituals.trace.narrative;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rituals.trace.Channel;
import rituals.trace.Party;
import rituals.trace.Scope;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/**
 * One numbered line of a part, told about one event: the event's data and the edition's sentence for it.
 *
 * @param from    who sent it, as recorded, with a region the client could not name yet named (see {@link Regions})
 * @param seq     the event's position in the timeline (the same {@code seq} the JSON Lines rendering carries)
 * @param nanos   the event's time on the recorder's clock
 * @param agent   the agent it concerns (see {@link Agents}), "" when its probe could not tell
 * @param facts   every fact recorded, in order
 * @param details the facts the edition shows after the sentence, in its order
 * @param phrase  the edition's sentence
 */
public record NarrativeLine(
        long seq, long nanos, Side side, Channel channel, Verb verb, String subject, Party from, Party to, Scope scope,
        String agent, Map<String, String> facts, List<Fact> details, Phrase phrase) {

    public NarrativeLine {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        details = List.copyOf(details);
    }

    static NarrativeLine of(TraceEvent e, String agent, Regions regions, Edition edition) {
        long circuit = e.scope().circuit();
        return new NarrativeLine(e.seq(), e.nanos(), e.side(), e.channel(), e.verb(), e.subject(),
                regions.resolve(e.from(), circuit, agent), regions.resolve(e.to(), circuit, agent), e.scope(), agent,
                e.facts(), edition.details(e), edition.sentence(e));
    }

    /** {@code [SERVER] [UDP] RECV UseCircuitCode}. */
    public String heading() {
        return Headings.of(side, channel, verb, subject);
    }

    /** {@code RECV UseCircuitCode}, or a behaviour note's own name. */
    public String label() {
        return Headings.label(verb, subject);
    }

    public String fact(String name) {
        return facts.get(name);
    }
}
