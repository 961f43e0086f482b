package rituals.trace.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.trace.SyntheticRitual;
import rituals.trace.TraceEvent;
import rituals.trace.narrative.Edition;
import rituals.trace.narrative.MarkdownRenderer;
import rituals.trace.narrative.MermaidRenderer;
import rituals.trace.narrative.Narrative;
import rituals.trace.narrative.Narrator;

class RitualFilesTest {
    private static final TraceHeader HEADER = TraceHeader.now(0, "rituals test", "RitualFilesTest");

    @TempDir
    Path dir;

    @Test
    void everyRenderingOfOneTimelineLandsInTheDirectory() throws IOException {
        List<TraceEvent> timeline = SyntheticRitual.of("shy-wallflower");
        Edition edition = Edition.choose("themed", "shy-wallflower");

        RitualFiles.Written written = RitualFiles.write(dir.resolve("out"), "ritual", HEADER, timeline, edition);

        assertThat(Files.readString(written.markdown())).isEqualTo(new Narrator(edition).narrate(timeline))
                .startsWith("# OpenSim Client/Server Mating Rituals: The Shy Wallflower");
        assertThat(JsonLines.read(written.jsonLines())).isEqualTo(new TraceFile(HEADER, timeline));
        Narrative narrative = new Narrator(edition).compose(timeline);
        assertThat(Files.readString(written.mermaid())).isEqualTo(new MermaidRenderer().render(narrative))
                .startsWith("sequenceDiagram\n");
        // The phase table of this timeline, not merely some table.
        assertThat(Files.readString(written.phases())).isEqualTo(new MarkdownRenderer().phases(narrative))
                .contains("| login start | [CLIENT] [LOGIN] START | #3 | 0.0 |")
                .contains("| login reply | [SERVER] [LOGIN] SEND");
    }
}
