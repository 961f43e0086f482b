package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import rituals.trace.Side;
import rituals.trace.TraceEvent;

/**
 * Tells a timeline in an edition's words as a {@link Narrative}: Prologue, Parts I–V with one line per event,
 * repetitive traffic summarised by figures, the ending with its figures, the phase timings, and a footer.
 *
 * <p>The timeline may hold both sides (one recorder) or one (a ritual with a foreign peer); what the unrecorded side's
 * probes could not see is said where it is missing. It may also hold several agents (a venue's ritual log): the parts
 * then interleave them in time, each line naming its agent, while each agent gets its own repetitive-traffic counts,
 * its own ending and its own phase table, since one agent's phases say nothing of another's. Events no probe could
 * tie to an agent are told in the parts only. A region the client could not name yet is named where the timeline tells
 * which it is (see {@link Regions}). Pure: the same timeline and edition give the same narrative.
 */
public final class Narrator {
    private final Edition edition;

    public Narrator(Edition edition) {
        this.edition = edition;
    }

    /** The Markdown narrative of a timeline. */
    public String narrate(List<TraceEvent> timeline) {
        return new MarkdownRenderer().render(compose(timeline));
    }

    /** The narrative as data (its lines keep their events' seq), for any renderer. */
    public Narrative compose(List<TraceEvent> timeline) {
        Set<Side> recorded = EnumSet.noneOf(Side.class);
        timeline.forEach(e -> recorded.add(e.side()));
        Agents agents = Agents.of(timeline);
        Regions regions = new Regions(timeline, agents);
        List<TraceEvent> events = timeline.stream().filter(e -> !Part.isSetting(e)).toList();
        List<PhaseTable> phases = agents.several()
                ? agents.names().stream().map(a -> PhaseTable.of(a, agents.events(a, timeline))).toList()
                : List.of(PhaseTable.of(timeline));
        long origin = phases.stream().mapToLong(PhaseTable::originNanos).min().orElse(0L);
        Map<String, String> settings = Prologue.settings(timeline);
        Function<String, String> cast = name -> name.equals("events") ? Integer.toString(events.size())
                : name.equals("edition") ? edition.name() : settings.get(name);

        Map<Part, List<NarrativeLine>> lines = new EnumMap<>(Part.class);
        Map<Part, Chorus> choruses = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            lines.put(part, new ArrayList<>());
            choruses.put(part, new Chorus());
        }
        for (TraceEvent e : Perspective.tellOnce(events, agents::of)) {
            Part part = Part.of(e);
            String agent = agents.of(e);
            if (Chorus.repetitive(e)) {
                choruses.get(part).add(e, agents.several() ? agent : "");
            } else {
                lines.get(part).add(NarrativeLine.of(e, agent, regions, edition));
            }
        }

        List<PartSection> parts = new ArrayList<>();
        for (Part part : Part.values()) {
            List<ChorusLine> chorus = choruses.get(part).summaries().stream()
                    .map(s -> chorusLine(s, regions, origin)).toList();
            List<Phrase> notes = new ArrayList<>();
            if (lines.get(part).isEmpty() && chorus.isEmpty()) {
                notes.add(edition.words("part.empty"));
            }
            for (Side side : Side.values()) {
                if (!recorded.contains(side) && !recorded.isEmpty()) {
                    edition.find("unseen." + side + ".part." + part).map(p -> Template.fill(p, k -> null))
                            .ifPresent(notes::add);
                }
            }
            parts.add(new PartSection(part, edition.words("part." + part), lines.get(part), chorus, notes));
        }
        return new Narrative(
                edition.words("title", cast),
                edition.words("introduction", cast),
                Prologue.of(edition, timeline, recorded, agents.names()),
                parts,
                edition.words("summary.heading"),
                new EndingSection(edition.words("ending.heading"), endings(agents, events, phases)),
                edition.words("phases.heading"),
                phases,
                edition.words("footer", cast),
                agents.names());
    }

    /** One ending per agent told apart, each timed from its own login start; else one for the whole timeline. */
    private List<Ending> endings(Agents agents, List<TraceEvent> events, List<PhaseTable> phases) {
        if (!agents.several()) {
            return List.of(new Ending("", new EndingTeller(edition, events, phases.get(0).originNanos()).sentences()));
        }
        List<Ending> endings = new ArrayList<>();
        for (PhaseTable table : phases) {
            List<TraceEvent> own = agents.events(table.agent(), events);
            endings.add(new Ending(table.agent(), new EndingTeller(edition, own, table.originNanos()).sentences()));
        }
        return endings;
    }

    /**
     * The keys of the events this timeline tells as numbered lines: what an edition must have sentences for to tell it
     * in its own words (summaries fall back to the edition's {@code summary} phrase).
     */
    public static Set<String> lineKeys(List<TraceEvent> timeline) {
        Agents agents = Agents.of(timeline);
        Set<String> keys = new LinkedHashSet<>();
        Perspective.tellOnce(timeline.stream().filter(e -> !Part.isSetting(e)).toList(), agents::of).stream()
                .filter(e -> !Chorus.repetitive(e))
                .forEach(e -> keys.add(e.key()));
        return keys;
    }

    private ChorusLine chorusLine(Summary s, Regions regions, long origin) {
        TraceEvent first = s.first();
        Phrase phrase = Template.fill(edition.phrase("summary.", first.key(), "summary"),
                name -> s.value(name, origin));
        long circuit = first.scope().circuit();
        return new ChorusLine(first.seq(), first.side(), first.channel(), first.verb(), first.subject(),
                regions.resolve(first.from(), circuit, s.agent()), regions.resolve(first.to(), circuit, s.agent()),
                s.agent(), s.count(), phrase, s.figures(origin));
    }
}
