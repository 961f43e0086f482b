package rituals.trace.narrative;

import java.util.List;

/**
 * How one ritual ended: when and why, its figures and the scenario's verdicts, in the edition's words.
 *
 * @param agent     the agent whose ritual it was; "" when the narrative tells one agent (or none)
 * @param sentences the closing words in order
 */
public record Ending(String agent, List<Phrase> sentences) {
    public Ending {
        sentences = List.copyOf(sentences);
    }
}
