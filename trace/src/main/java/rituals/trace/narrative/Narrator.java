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
import rituals.trace.Verb;

/**
 * Tells a timeline in an edition's words, in the seeds' shape: title, introduction, Prologue, Parts I–V with one
 * numbered line per event ({@code 1.  **[SERVER] [UDP] RECV UseCircuitCode**: sentence (*details*)}), repetitive
 * traffic summarised by figures, the ending with its figures, the phase timings, and a footer.
 *
 * <p>The timeline may hold both sides (one recorder) or one (a ritual with a foreign peer); what the unrecorded side's
 * probes could not see is said where it is missing. Pure: the same timeline and edition give the same text.
 */
public final class Narrator {
    private final Edition edition;

    public Narrator(Edition edition) {
        this.edition = edition;
    }

    /** The Markdown narrative of a timeline. */
    public String narrate(List<TraceEvent> timeline) {
        return compose(timeline).toMarkdown();
    }

    /** The narrative as a model (its lines keep their events' seq), before it becomes Markdown. */
    public Narrative compose(List<TraceEvent> timeline) {
        Set<Side> recorded = EnumSet.noneOf(Side.class);
        timeline.forEach(e -> recorded.add(e.side()));
        List<TraceEvent> events = timeline.stream().filter(e -> !Part.isSetting(e)).toList();
        PhaseTable phases = PhaseTable.of(timeline);
        long origin = phases.originNanos();
        Map<String, String> settings = Prologue.settings(timeline);
        Function<String, String> cast = name -> name.equals("events") ? Integer.toString(events.size())
                : name.equals("edition") ? edition.name() : settings.get(name);

        Map<Part, List<Line>> lines = new EnumMap<>(Part.class);
        Map<Part, Chorus> choruses = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            lines.put(part, new ArrayList<>());
            choruses.put(part, new Chorus());
        }
        for (TraceEvent e : Perspective.tellOnce(events)) {
            Part part = Part.of(e);
            if (Chorus.repetitive(e)) {
                choruses.get(part).add(e);
            } else {
                lines.get(part).add(new Line(e.seq(), line(e)));
            }
        }

        List<Chapter> chapters = new ArrayList<>();
        for (Part part : Part.values()) {
            List<Summary> summaries = choruses.get(part).summaries();
            List<String> chorus = summaries.stream().map(s -> chorusLine(s, origin)).toList();
            List<String> notes = new ArrayList<>();
            if (lines.get(part).isEmpty() && summaries.isEmpty()) {
                notes.add(edition.text("part.empty"));
            }
            for (Side side : Side.values()) {
                if (!recorded.contains(side) && !recorded.isEmpty()) {
                    edition.find("unseen." + side + ".part." + part).ifPresent(notes::add);
                }
            }
            chapters.add(new Chapter(part, edition.text("part." + part), lines.get(part), summaries, chorus, notes));
        }
        return new Narrative(
                edition.text("title", cast),
                edition.text("introduction", cast),
                edition.text("prologue.title"),
                Prologue.lines(edition, timeline, recorded),
                chapters,
                edition.text("summary.heading"),
                edition.text("ending.heading"),
                new Ending(edition, events, origin).sentences(),
                edition.text("phases.heading"),
                phases,
                edition.text("footer", cast));
    }

    /**
     * The keys of the events this timeline tells as numbered lines: what an edition must have sentences for to tell it
     * in its own words (summaries fall back to the edition's {@code summary} phrase).
     */
    public static Set<String> lineKeys(List<TraceEvent> timeline) {
        Set<String> keys = new LinkedHashSet<>();
        Perspective.tellOnce(timeline.stream().filter(e -> !Part.isSetting(e)).toList()).stream()
                .filter(e -> !Chorus.repetitive(e))
                .forEach(e -> keys.add(e.key()));
        return keys;
    }

    /** {@code 1.  **[SERVER] [UDP] RECV UseCircuitCode**: sentence (*details*)}. */
    private String line(TraceEvent e) {
        String details = edition.details(e);
        return "1.  **" + heading(e) + "**: " + edition.sentence(e) + (details.isEmpty() ? "" : " (*" + details + "*)");
    }

    private String chorusLine(Summary s, long origin) {
        String phrase = edition.phrase("summary.", s.key(), "summary");
        return "- **" + heading(s.first()) + "** ×" + s.count() + ": "
                + Template.fill(phrase, name -> s.value(name, origin)) + " (*" + s.figures(origin) + "*)";
    }

    /** {@code [SERVER] [UDP] RECV UseCircuitCode}: how an event is named in lines and in the phase table. */
    static String heading(TraceEvent e) {
        return "[" + e.side() + "] [" + e.channel() + "] " + label(e);
    }

    /** {@code RECV UseCircuitCode}, {@code AUTH OK}, or a behaviour note's own name ({@code WALLFLOWER}). */
    static String label(TraceEvent e) {
        if (e.verb() == Verb.NOTE) {
            return e.subject();
        }
        return e.subject().isEmpty() ? e.verb().label() : e.verb().label() + " " + e.subject();
    }
}
