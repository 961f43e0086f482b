package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.server.Venue;
import rituals.server.config.ConfigLoader;
import rituals.server.config.Setting;

class ProgressLineTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void withoutATerminalItWritesAPlainLineEveryFiveSecondsAtMost() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), false);
        line.show("first", 1000);
        line.show("too soon", 3000);
        line.show("second", 6000);
        line.end();
        assertThat(text).hasToString("first" + NL + "second" + NL);
    }

    @Test
    void onATerminalItRewritesOneLineAndEndsIt() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text), true);
        line.show("one", 1000);
        line.show("two", 2000);
        line.end();
        line.end();
        assertThat(text).hasToString("\rone   \rtwo   " + NL);
    }

    @Test
    void connectShowsThePhaseReachedTheDatagramsAndTheTimeWhileItRuns() throws Exception {
        try (Venue venue = Venue.start(new ConfigLoader().set(Setting.HTTP_PORT, "0").set(Setting.UDP_PORT, "0")
                .set(Setting.BIND_ADDRESS, "127.0.0.1").set(Setting.DATA_DIR, dir.toString()).load())) {
            venue.accounts().create("Test", "User", "password");
            Cli.Run run = Cli.run("connect", "--uri", URI.create(venue.loginUri()).toString(), "--password",
                    "password", "--linger", "2");
            assertThat(run.code()).as(run.err()).isZero();
            // No terminal here: plain lines, the first after a second, while the naturalist lingers.
            assertThat(run.err()).containsPattern("(?m)^[A-Za-z][^·\\n]* · \\d+\\.\\d s · [1-9]\\d* datagrams in, "
                    + "[1-9]\\d* out$");
            assertThat(run.out()).doesNotContain(" datagrams in, ");
        }
    }
}
