package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the bench refuses before it creates an account or starts a venue. */
class BenchCommandTest {

    @Test
    void aNegativeWarmUpOrAShortDurationIsRefusedWithExitCode2() {
        for (String[] args : new String[][] {{"bench", "--warmup", "-1"}, {"bench", "--duration", "10"}}) {
            CommandLine cmd = Main.commandLine();
            StringWriter err = new StringWriter();
            cmd.setErr(new PrintWriter(err));
            assertThat(cmd.execute(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).contains("--warmup >= 0").contains("--duration >= 30");
        }
    }

    @Test
    void theFiguresGoToTheUsersFileAndIntoTheProjectsDocsOnlyWhenAsked() {
        BenchCommand plain = new BenchCommand();
        new CommandLine(plain).parseArgs();
        BenchCommand docs = new BenchCommand();
        new CommandLine(docs).parseArgs("--out", "/tmp/mine.md", "--write-docs");

        assertThat(plain.out).isEqualTo(Path.of("rituals-out/bench.md"));
        assertThat(plain.docs).isNull();
        assertThat(docs.out).isEqualTo(Path.of("/tmp/mine.md"));
        assertThat(docs.docs).isEqualTo(Path.of("docs/benchmarks.md"));
    }
}
