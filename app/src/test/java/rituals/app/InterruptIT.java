package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import rituals.trace.io.TraceFile;

/**
 * {@code ./rituals connect} and {@code crowd} in a child process, stopped by a real signal (SIGTERM, which runs the
 * shutdown hooks as Ctrl-C's SIGINT does) while their agents are in the venue: the venue sees every agent log out and
 * frees its circuit at once (no ghost left for the 60 s silence timeout), and what was recorded is written and says
 * the run was interrupted.
 */
class InterruptIT {
    @TempDir
    Path dir;

    private final List<TraceEvent> seen = new CopyOnWriteArrayList<>();
    private CountDownLatch inWorld;
    private Venue venue;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.system();
        Probe probe = Probe.to(Side.SERVER, e -> {
            seen.add(e);
            if (e.verb() == Verb.RECV && e.subject().equals("RegionHandshakeReply")) {
                inWorld.countDown();
            }
        }, clock);
        // The default AckTimeout (60 s): a ghost would outlast every check below.
        venue = Venue.start(new ConfigLoader().set(Setting.HTTP_PORT, "0").set(Setting.UDP_PORT, "0")
                .set(Setting.BIND_ADDRESS, "127.0.0.1").set(Setting.DATA_DIR, dir.resolve("data").toString()).load(),
                clock, probe, IdSource.secure());
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    /** Runs {@code ./rituals ARGS} until {@code agents} are in the world, then sends it SIGTERM; returns its output. */
    private String interruptedOnceIn(int agents, String... args) throws Exception {
        inWorld = new CountDownLatch(agents);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(inWorld.await(60, TimeUnit.SECONDS)).as("every agent arrives").isTrue();
            assertThat(venue.region().agentCount()).isEqualTo(agents);
            child.destroy(); // SIGTERM
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("the child ends within its bound").isTrue();
        } finally {
            child.destroyForcibly();
        }
        return Files.readString(log);
    }

    /** Every agent said LogoutRequest, and the venue freed every circuit (on the reply's ack or the CloseCircuit). */
    private void everyAgentLoggedOut(int agents) {
        assertThat(seen.stream().filter(e -> e.verb() == Verb.RECV && e.subject().equals("LogoutRequest")))
                .hasSize(agents);
        List<TraceEvent> closes = seen.stream().filter(e -> e.channel() == Channel.CIRCUIT && e.verb() == Verb.CLOSE)
                .toList();
        assertThat(closes).hasSize(agents).allSatisfy(e -> assertThat(e.facts().get("Reason"))
                .isIn("logout", "close-circuit"));
        assertThat(venue.region().agentCount()).as("no circuit left").isZero();
    }

    @Test
    void connectLogsItsAgentOutAndWritesTheRitualMarkedInterrupted() throws Exception {
        venue.accounts().create("Test", "User", "password");
        Path out = dir.resolve("out");
        String log = interruptedOnceIn(1, "connect", "--uri", venue.loginUri(), "--password", "password", "--linger",
                "120", "--ritual-out", out.toString());

        assertThat(log).contains("rituals connect: interrupted; logged out (LogoutReply); narrative ");
        everyAgentLoggedOut(1);
        TraceFile trace = JsonLines.read(out.resolve("naturalist.jsonl"));
        assertThat(trace.header().recordedBy()).endsWith("(interrupted)");
        assertThat(trace.events()).anyMatch(e -> e.verb() == Verb.INTERRUPTED);
        assertThat(Files.readString(out.resolve("naturalist.md"))).contains("the run was interrupted (Ctrl-C or a "
                + "signal)");
        assertThat(out.resolve("naturalist.mmd")).exists();
    }

    @Test
    void crowdLogsEveryAgentOutAndPrintsItsReportMarkedInterrupted() throws Exception {
        for (int i = 1; i <= 3; i++) {
            venue.accounts().create("Bot" + i, "Crowd", "password");
        }
        String log = interruptedOnceIn(3, "crowd", "--uri", venue.loginUri(), "--password", "password", "--agents",
                "3", "--ramp", "20", "--duration", "120");

        assertThat(log).contains("Interrupted (Ctrl-C or a signal): the crowd as far as it got");
        everyAgentLoggedOut(3);
    }
}
