package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    private static String run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute(args);
        assertThat(code).as("exit code of %s", String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void helpNamesTheProgram() {
        assertThat(run("--help")).contains("Usage: rituals").contains("venue");
    }

    @Test
    void versionIsTheBuiltOne() {
        assertThat(run("--version")).startsWith("rituals 0.1.0");
    }
}
