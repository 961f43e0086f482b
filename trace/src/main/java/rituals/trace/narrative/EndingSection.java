package rituals.trace.narrative;

import java.util.List;

/**
 * Part V's closing section: its heading and one ending per agent (a single one when the timeline tells one agent).
 */
public record EndingSection(Phrase heading, List<Ending> endings) {
    public EndingSection {
        endings = List.copyOf(endings);
    }
}
