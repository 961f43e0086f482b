package rituals.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.client.ClientRuntime;
import rituals.client.Credentials;
import rituals.client.Ending;
import rituals.client.Suitor;
import rituals.client.SuitorSettings;
import rituals.client.login.LoginFormat;
import rituals.server.Venue;
import rituals.server.config.ConfigLoader;
import rituals.server.config.IdSource;
import rituals.server.config.Setting;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/** The console's command table against a real venue on loopback, with a real suitor in it. */
class VenueCommandsTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.system();
    /** The venue's CIRCUIT CLOSE, when its probe reports one. */
    private final CompletableFuture<TraceEvent> closed = new CompletableFuture<>();
    private final List<String> asked = new ArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();
    private Venue venue;
    private ClientRuntime runtime;
    private OperatorConsole console;

    @BeforeEach
    void start() throws Exception {
        venue = Venue.start(new ConfigLoader().set(Setting.HTTP_PORT, "0").set(Setting.UDP_PORT, "0")
                .set(Setting.BIND_ADDRESS, "127.0.0.1").set(Setting.DATA_DIR, dir.toString()).load(), clock,
                Probe.to(Side.SERVER, e -> {
                    if (e.channel() == Channel.CIRCUIT && e.verb() == Verb.CLOSE) {
                        closed.complete(e);
                    }
                }, clock), IdSource.secure());
        venue.accounts().create("Test", "User", "password");
        runtime = ClientRuntime.start(clock);
        console = VenueCommands.console(venue, clock, prompt -> {
            asked.add(prompt);
            return "typed-secret";
        }, quits::incrementAndGet);
    }

    @AfterEach
    void stop() {
        runtime.close();
        venue.close();
    }

    private String run(String line) {
        StringWriter text = new StringWriter();
        console.execute(line, new PrintWriter(text));
        return text.toString();
    }

    private Suitor arrived() throws Exception {
        Suitor suitor = new Suitor(runtime, new Credentials(URI.create(venue.loginUri()), "Test", "User", "password",
                LoginFormat.XMLRPC), SuitorSettings.LIBREMETAVERSE, Probe.off(Side.CLIENT), "console");
        assertThat(suitor.login().get(10, TimeUnit.SECONDS).success()).isTrue();
        suitor.connect().get(10, TimeUnit.SECONDS);
        suitor.agentMovementComplete().get(10, TimeUnit.SECONDS);
        return suitor;
    }

    @Test
    void showUsersAndCircuitsListTheSuitorAndKickEndsItsCircuit() throws Exception {
        assertThat(run("show users")).startsWith("0 agent(s) in the venue");
        Suitor suitor = arrived();

        assertThat(run("show users")).startsWith("1 agent(s) in the venue").contains("Test User")
                .contains("Default Region");
        String circuits = run("SHOW circuits");
        assertThat(circuits).startsWith("1 circuit(s)").contains("Test User").contains("127.0.0.1:")
                .containsPattern("Test User\\s+127\\.0\\.0\\.1:\\d+\\s+(-|\\d+)\\s+\\d+\\s+\\d+\\s+[1-9]\\d*\\s+[1-9]\\d*");

        assertThat(run("kick user test user Time to go home")).startsWith("Kicked Test User");
        Ending ending = suitor.ended().get(10, TimeUnit.SECONDS);
        assertThat(ending.reason()).isEqualTo(Ending.Reason.KICK_USER);
        assertThat(ending.detail()).isEqualTo("Time to go home");
        // The suitor acks KickUser and closes its socket; the venue closes the circuit on the ack or after the grace.
        assertThat(closed.get(10, TimeUnit.SECONDS).facts().toString()).contains("Test User");
        assertThat(venue.region().agentCount()).isZero();
        assertThat(run("show users")).startsWith("0 agent(s) in the venue");
        assertThat(run("kick user Test User")).isEqualTo("Test User is not in the venue" + System.lineSeparator());
    }


    @Test
    void theTableAnswersEveryLineAndOnlyQuitStopsIt() {
        String nl = System.lineSeparator();
        assertThat(run("")).isEmpty();
        assertThat(run("dance")).isEqualTo("Unknown command \"dance\": type help for the list." + nl);
        assertThat(run("help")).contains("show users", "show circuits", "show regions", "show stats",
                "kick user FIRST LAST [MESSAGE]", "create user FIRST LAST [PASSWORD]", "restart region NAME", "quit",
                "help");
        assertThat(run("kick user Test")).isEqualTo("kick user needs a first and a last name. Usage: kick user FIRST "
                + "LAST [MESSAGE]" + nl);
        assertThat(run("kick user No Body")).isEqualTo("kick user: no account named No Body" + nl);

        assertThat(run("create user New Comer")).startsWith("Created New Comer (");
        assertThat(asked).containsExactly("Password for New Comer: ");
        assertThat(venue.accounts().authenticate("New", "Comer", "typed-secret").succeeded()).isTrue();
        assertThat(run("create user New Comer other")).isEqualTo("create user: an account named New Comer already "
                + "exists" + nl);

        assertThat(run("show regions")).contains("Default Region", String.valueOf(venue.udpAddress().getPort()));
        assertThat(run("show stats")).startsWith("Up 0:00:").contains("Default Region: 0 agent(s)");
        assertThat(run("restart region default region")).startsWith("Regions cannot restart yet");
        assertThat(run("restart region Atlantis")).startsWith("No region named Atlantis");

        assertThat(console.execute("quit now", new PrintWriter(new StringWriter()))).isTrue();
        assertThat(quits).hasValue(0);
        assertThat(console.execute("quit", new PrintWriter(new StringWriter()))).isFalse();
        assertThat(quits).hasValue(1);
    }
}
