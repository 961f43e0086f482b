package rituals.trace.narrative;

import java.util.List;

/**
 * One part of the narrative.
 *
 * @param part   which part
 * @param title  its heading in the edition's words
 * @param lines  the numbered lines, one per event, in timeline order
 * @param chorus repetitive traffic told by figures, in order of each kind's first appearance
 * @param notes  plain remarks: what the unrecorded side's probes could not see, or that nothing happened
 */
public record PartSection(Part part, Phrase title, List<NarrativeLine> lines, List<ChorusLine> chorus,
        List<Phrase> notes) {
    public PartSection {
        lines = List.copyOf(lines);
        chorus = List.copyOf(chorus);
        notes = List.copyOf(notes);
    }
}
