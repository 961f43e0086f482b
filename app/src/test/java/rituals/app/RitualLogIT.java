package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import rituals.client.ClientRuntime;
import rituals.client.Credentials;
import rituals.client.SuitorSettings;
import rituals.client.login.LoginFormat;
import rituals.client.scenario.ScenarioResult;
import rituals.client.scenario.ScenarioRunner;
import rituals.client.scenario.Scenarios;
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
import rituals.trace.io.JsonLines;
import rituals.trace.io.JsonLinesSink;
import rituals.trace.io.TraceFile;

/**
 * The venue's ritual log as {@code serve --ritual-log} writes it, with two agents on the floor at once: every event
 * names its agent, every event after the circuit is provisioned names the circuit too, and {@code narrate} tells the
 * log with each agent's lines and ending apart.
 */
class RitualLogIT {
    @TempDir
    Path dir;

    @Test
    void aLogOfTwoAgentsAtOnceNamesEachEventsAgentAndCircuitAndNarrates() throws Exception {
        Path log = dir.resolve("server.jsonl");
        Clock clock = Clock.system();
        try (JsonLinesSink sink = JsonLinesSink.append(log, VersionProvider.traceHeader(0, "serve --ritual-log"));
                Venue venue = Venue.start(ConfigLoader.loopback(dir.resolve("data"))
                        .set(Setting.ACK_TIMEOUT, Performance.ACK_TIMEOUT.toMillis() + "ms")
                        .set(Setting.EVENT_QUEUE_HOLD, Performance.EVENT_QUEUE_HOLD.toMillis() + "ms")
                        .load(), clock, Probe.to(Side.SERVER, sink, clock), IdSource.secure());
                ClientRuntime runtime = ClientRuntime.start(clock)) {
            venue.accounts().create("Alice", "Able", "password");
            venue.accounts().create("Bob", "Baker", "password");
            URI login = URI.create(venue.loginUri());
            CompletableFuture<ScenarioResult> alice = play(runtime, "naturalist", login, "Alice", "Able");
            CompletableFuture<ScenarioResult> bob = play(runtime, "wallflower", login, "Bob", "Baker");
            assertThat(alice.get(2, TimeUnit.MINUTES).met()).isTrue();
            assertThat(bob.get(2, TimeUnit.MINUTES).met()).isTrue();
        }

        TraceFile trace = JsonLines.read(log);
        List<TraceEvent> events = trace.events().stream().filter(e -> e.verb() != Verb.SETTINGS).toList();
        assertThat(trace.header().recordedBy()).isEqualTo("serve --ritual-log");
        assertThat(events).filteredOn(e -> e.scope().agent().isEmpty()).extracting(e -> e.key() + " " + e.facts())
                .isEmpty();
        assertThat(events).extracting(e -> e.scope().agent()).containsOnly("Alice Able", "Bob Baker");
        // Only the login's first two steps come before a circuit exists to name.
        assertThat(events).filteredOn(e -> e.scope().circuit() == 0)
                .allSatisfy(e -> assertThat(e.channel()).isEqualTo(Channel.LOGIN))
                .extracting(TraceEvent::verb).containsOnly(Verb.RECV, Verb.AUTH_SUCCESS);
        assertThat(events).filteredOn(e -> e.scope().agent().equals("Alice Able") && e.scope().circuit() != 0)
                .extracting(e -> e.scope().circuit()).hasSameElementsAs(List.of(circuitOf(events, "Alice Able")));

        CommandLine narrate = Main.commandLine();
        StringWriter out = new StringWriter();
        narrate.setOut(new PrintWriter(out));
        assertThat(narrate.execute("narrate", log.toString(), "--out", dir.resolve("told").toString()))
                .as(out.toString()).isZero();
        String told = Files.readString(dir.resolve("told/server.md"));
        assertThat(told).contains("*Alice Able* **[SERVER] [CIRCUIT] OPEN**", "*Bob Baker* **[SERVER] [CIRCUIT] OPEN**",
                "*Bob Baker* **[SERVER] [CIRCUIT] TIMEOUT**");
    }

    private static long circuitOf(List<TraceEvent> events, String agent) {
        return events.stream().filter(e -> e.verb() == Verb.CIRCUIT_PROVISION && e.scope().agent().equals(agent))
                .findFirst().orElseThrow().scope().circuit();
    }

    private static CompletableFuture<ScenarioResult> play(ClientRuntime runtime, String scenario, URI login,
            String first, String last) {
        return ScenarioRunner.run(runtime, Scenarios.create(scenario, Performance.timing(scenario)),
                new Credentials(login, first, last, "password", LoginFormat.XMLRPC), SuitorSettings.LIBREMETAVERSE,
                Probe.off(Side.CLIENT));
    }
}
