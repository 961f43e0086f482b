package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMarkdownTest {
    @TempDir
    Path dir;

    @Test
    void theBenchReplacesOnlyItsOwnBlock() throws Exception {
        Path doc = dir.resolve("docs/benchmarks.md");
        BenchMarkdown.writeInto(doc, "first run\n");
        String created = Files.readString(doc);
        assertThat(created).startsWith("# Benchmarks").contains(BenchMarkdown.BEGIN + "\nfirst run\n"
                + BenchMarkdown.END);

        Files.writeString(doc, "# Benchmarks\n\n## Codec\n\nfigures\n\n" + BenchMarkdown.BEGIN + "\nold\n"
                + BenchMarkdown.END + "\n\n### Notes\n\nkept\n");
        BenchMarkdown.writeInto(doc, "second run\n");
        assertThat(Files.readString(doc)).isEqualTo("# Benchmarks\n\n## Codec\n\nfigures\n\n" + BenchMarkdown.BEGIN
                + "\nsecond run\n" + BenchMarkdown.END + "\n\n### Notes\n\nkept\n");
    }
}
