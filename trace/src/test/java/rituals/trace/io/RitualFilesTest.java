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
import rituals.trace.narrative.Narrator;

class RitualFilesTest {
    @TempDir
    Path dir;

    @Test
    void everyRenderingOfOneTimelineLandsInTheDirectory() throws IOException {
        List<TraceEvent> timeline = SyntheticRitual.of("shy-wallflower");
        Edition edition = Edition.choose("themed", "shy-wallflower");

        RitualFiles.Written written = RitualFiles.write(dir.resolve("out"), "ritual", timeline, edition);

        assertThat(Files.readString(written.markdown())).isEqualTo(new Narrator(edition).narrate(timeline))
                .startsWith("# OpenSim Client/Server Mating Rituals: The Shy Wallflower");
        assertThat(JsonLines.read(written.jsonLines())).isEqualTo(timeline);
        assertThat(Files.readString(written.mermaid())).startsWith("sequenceDiagram\n");
        assertThat(Files.readString(written.phases())).startsWith("| Phase |");
    }
}
