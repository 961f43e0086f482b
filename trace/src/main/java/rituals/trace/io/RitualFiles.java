package rituals.trace.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import rituals.trace.TraceEvent;
import rituals.trace.narrative.Edition;
import rituals.trace.narrative.MarkdownRenderer;
import rituals.trace.narrative.MermaidRenderer;
import rituals.trace.narrative.Narrative;
import rituals.trace.narrative.Narrator;

/**
 * Every rendering of one timeline, written side by side into a directory (for {@code perform} and
 * {@code connect --ritual-out DIR}): the narrative, the events for tools, the sequence diagram and the phase table.
 * The three renderings of the narrative are drawn from one {@link Narrative}.
 */
public final class RitualFiles {
    /** The files written. */
    public record Written(Path markdown, Path jsonLines, Path mermaid, Path phases) {}

    private RitualFiles() {}

    /**
     * Writes {@code NAME.md}, {@code NAME.jsonl}, {@code NAME.mmd} and {@code NAME-phases.md} into {@code dir}
     * (created if absent), replacing earlier ones.
     */
    public static Written write(Path dir, String name, TraceHeader header, List<TraceEvent> timeline, Edition edition)
            throws IOException {
        Files.createDirectories(dir);
        Written written = new Written(dir.resolve(name + ".md"), dir.resolve(name + ".jsonl"),
                dir.resolve(name + ".mmd"), dir.resolve(name + "-phases.md"));
        Narrative narrative = new Narrator(edition).compose(timeline);
        MarkdownRenderer markdown = new MarkdownRenderer();
        Files.writeString(written.markdown(), markdown.render(narrative), StandardCharsets.UTF_8);
        JsonLines.write(header, timeline, written.jsonLines());
        Files.writeString(written.mermaid(), new MermaidRenderer().render(narrative), StandardCharsets.UTF_8);
        // the narrative has timed the phases already
        Files.writeString(written.phases(), markdown.phases(narrative), StandardCharsets.UTF_8);
        return written;
    }
}
