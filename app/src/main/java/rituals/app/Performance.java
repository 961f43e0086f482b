package rituals.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import rituals.client.ClientRuntime;
import rituals.client.Credentials;
import rituals.client.Suitor;
import rituals.client.SuitorSettings;
import rituals.client.login.LoginFormat;
import rituals.client.scenario.ScenarioResult;
import rituals.client.scenario.ScenarioRunner;
import rituals.client.scenario.ScenarioTiming;
import rituals.client.scenario.Scenarios;
import rituals.server.Venue;
import rituals.server.config.ConfigLoader;
import rituals.server.config.IdSource;
import rituals.server.config.ServerConfig;
import rituals.server.config.Setting;
import rituals.trace.Clock;
import rituals.trace.Recorder;
import rituals.trace.Side;
import rituals.trace.TraceEvent;

/**
 * One ritual played in one process: a venue on free loopback ports with a temporary database and test user, the
 * suitor's scenario against it, and both sides' probes feeding one recorder. The venue's timeouts are shortened so
 * that every scenario ends in seconds; the Prologue says so.
 */
final class Performance {
    /** The venue's silence limit for a performance (OpenSim's is 60 s). */
    static final Duration ACK_TIMEOUT = Duration.ofSeconds(3);
    static final Duration CIRCUIT_EXPIRY = Duration.ofSeconds(3);
    static final Duration EVENT_QUEUE_HOLD = Duration.ofSeconds(4);
    static final Duration LINGER = Duration.ofSeconds(3);
    static final String FIRST = "Test";
    static final String LAST = "User";
    private static final String PASSWORD = "password";

    /** What a performance leaves behind. */
    record Outcome(ScenarioResult result, List<TraceEvent> timeline, long startedEpochMillis) {}

    /** A performance under way, for its Ctrl-C: the recorder, the venue, its data folder, and the suitor once made. */
    record Live(Recorder recorder, Venue venue, Path data, AtomicReference<Suitor> suitor) {}

    private Performance() {}

    static Outcome perform(String scenario, LoginFormat format) throws IOException, InterruptedException {
        return perform(scenario, format, live -> { });
    }

    /** Performs, handing {@code started} the performance once its venue runs. */
    static Outcome perform(String scenario, LoginFormat format, Consumer<Live> started)
            throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("rituals-perform");
        Clock clock = Clock.system();
        Recorder recorder = new Recorder(clock);
        ServerConfig config = ConfigLoader.loopback(data)
                .set(Setting.ACK_TIMEOUT, ACK_TIMEOUT.toMillis() + "ms")
                .set(Setting.CIRCUIT_EXPIRY, CIRCUIT_EXPIRY.toMillis() + "ms")
                .set(Setting.EVENT_QUEUE_HOLD, EVENT_QUEUE_HOLD.toMillis() + "ms")
                .load();
        Settings.server(recorder.probe(Side.SERVER), config);
        try (Venue venue = Venue.start(config, clock, recorder.probe(Side.SERVER), IdSource.secure());
                ClientRuntime runtime = ClientRuntime.start(clock)) {
            AtomicReference<Suitor> suitor = new AtomicReference<>();
            started.accept(new Live(recorder, venue, data, suitor));
            venue.accounts().create(FIRST, LAST, PASSWORD);
            Credentials who = new Credentials(URI.create(venue.loginUri()), FIRST, LAST, PASSWORD, format);
            Settings.client(recorder.probe(Side.CLIENT), scenario, who);
            ScenarioResult result = ScenarioRunner.run(runtime, Scenarios.create(scenario, timing(scenario)), who,
                    SuitorSettings.LIBREMETAVERSE, recorder.probe(Side.CLIENT), suitor::set).get(2, TimeUnit.MINUTES);
            return new Outcome(result, recorder.timeline(), recorder.startedEpochMillis());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the " + scenario + " performance broke: " + e.getCause(), e);
        } finally {
            deleteTree(data);
        }
    }

    /** Waits scaled to the shortened venue: long enough to see its answer, short enough for a brisk performance. */
    static ScenarioTiming timing(String scenario) {
        Duration patience = switch (scenario) {
            case "wallflower" -> ACK_TIMEOUT.plusSeconds(3);
            case "shy-wallflower" -> ACK_TIMEOUT.multipliedBy(2);
            case "ghost" -> CIRCUIT_EXPIRY.plusSeconds(1);
            default -> Duration.ofSeconds(2);
        };
        return new ScenarioTiming(LINGER, patience, Duration.ofSeconds(20));
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
