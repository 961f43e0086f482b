package rituals.trace.narrative;

/**
 * A form a {@link Narrative} can take. Every renderer reads the same model and none reads events: {@link
 * MarkdownRenderer} (the seeds' document), {@link MermaidRenderer} (a sequence diagram); a single-file HTML report
 * would be one more implementation beside them.
 */
public interface NarrativeRenderer {
    String render(Narrative narrative);
}
