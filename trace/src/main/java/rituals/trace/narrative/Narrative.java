package rituals.trace.narrative;

import java.util.List;

/**
 * A told ritual as data, before any renderer gives it a form: title, introduction, Prologue, the five parts, the
 * ending, the phase timings and the footer, all in the edition's words. {@link MarkdownRenderer} gives the seeds'
 * shape, {@link MermaidRenderer} the sequence diagram.
 *
 * @param agents the agents told, in order of first appearance; lines, endings and phase tables name their agent when
 *               there are several
 * @param phases one table per agent (a single one when the timeline tells one agent or none)
 */
public record Narrative(
        Phrase title,
        Phrase introduction,
        Prologue prologue,
        List<PartSection> parts,
        Phrase chorusHeading,
        EndingSection ending,
        Phrase phasesHeading,
        List<PhaseTable> phases,
        Phrase footer,
        List<String> agents) {

    public Narrative {
        parts = List.copyOf(parts);
        phases = List.copyOf(phases);
        agents = List.copyOf(agents);
    }

    /** Every numbered line of every part, in document order. */
    public List<NarrativeLine> lines() {
        return parts.stream().flatMap(p -> p.lines().stream()).toList();
    }

    /** Whether several agents are told, each line, ending and phase table then naming its own. */
    public boolean severalAgents() {
        return agents.size() > 1;
    }
}
