package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConnectCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(Map<String, String> environment, String... args) {
        ConnectCommand command = new ConnectCommand();
        CommandLine cmd = new CommandLine(command); // fills the @Mixin fields
        command.login.environment = environment::get;
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void listsEveryScenarioWithWhatItExpects() {
        assertThat(run(Map.of(), "--list")).isZero();
        assertThat(out.toString().lines()).hasSize(6).extracting(l -> l.split("\\s+")[0])
                .containsExactly("naturalist", "wallflower", "shy-wallflower", "impostor", "jilted", "ghost");
        assertThat(out.toString()).contains("reason 'key'", "DisableSimulator");
    }

    @Test
    void isRegisteredUnderMain() {
        assertThat(Main.commandLine().getSubcommands()).containsKey("connect");
    }

    @Test
    void anUnknownScenarioIsAUsageErrorNamingTheKnownOnes() {
        assertThat(run(Map.of(), "--uri", "http://127.0.0.1:9/", "--scenario", "tango", "--password", "x"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no scenario 'tango'", "naturalist", "ghost");
    }

    @Test
    void aStartLocationTheServerCouldNotReadIsAUsageErrorSayingTheForms() {
        assertThat(run(Map.of(), "--uri", "http://127.0.0.1:9/", "--password", "x", "--start", "Default Region"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("'Default Region'", "last, home or uri:Region Name&x&y&z");
    }

    @Test
    void withoutAPasswordAnywhereItSaysWhereOneCanComeFrom() {
        assertThat(run(Map.of(), "--uri", "http://127.0.0.1:9/")).isEqualTo(2); // tests run without a console
        assertThat(err.toString()).contains("--password", "RITUALS_PASSWORD");
    }

    @Test
    void aRefusedConnectionIsAnUnreachableServerWithItsOwnExitAndASummary() {
        // port 1 on loopback: nothing listens, the login fails at once; the password comes from the environment
        int code = run(Map.of("RITUALS_PASSWORD", "secret"), "--uri", "http://127.0.0.1:1/", "--scenario", "jilted");
        assertThat(code).isEqualTo(Failures.LOGIN_SERVER);
        assertThat(out.toString()).contains("Scenario  jilted", "login reply", "Ending    login-failed", "UNMET");
        assertThat(err.toString()).contains("cannot reach the login server at http://127.0.0.1:1/", "--uri");
    }
}
