package rituals.trace.narrative;

import java.util.List;

/**
 * One part of the narrative.
 *
 * @param part      which part
 * @param title     its heading in the edition's words
 * @param lines     the numbered lines, one per event, in timeline order
 * @param summaries repetitive traffic told by figures
 * @param chorus    the summaries as Markdown lines, in the same order
 * @param notes     plain remarks: what the unrecorded side's probes could not see, or that nothing happened
 */
public record Chapter(Part part, String title, List<Line> lines, List<Summary> summaries, List<String> chorus, List<String> notes) {
    public Chapter {
        lines = List.copyOf(lines);
        summaries = List.copyOf(summaries);
        chorus = List.copyOf(chorus);
        notes = List.copyOf(notes);
    }
}
