package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
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
}
