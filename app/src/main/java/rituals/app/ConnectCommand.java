package rituals.app;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rituals.client.ClientRuntime;
import rituals.client.Credentials;
import rituals.client.Suitor;
import rituals.client.SuitorSettings;
import rituals.client.login.LoginFormat;
import rituals.client.login.LoginOutcome;
import rituals.client.login.StartLocation;
import rituals.client.scenario.Scenario;
import rituals.client.scenario.ScenarioResult;
import rituals.client.scenario.ScenarioRunner;
import rituals.client.scenario.ScenarioTiming;
import rituals.client.scenario.Scenarios;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Recorder;
import rituals.trace.Side;
import rituals.trace.Verb;
import rituals.trace.io.RitualFiles;
import rituals.trace.narrative.Edition;

/**
 * {@code ./rituals connect}: plays one scenario against any OpenSim-compatible server and prints what happened, phase
 * by phase. Exit code 0 when the scenario's expectation held, 1 when it did not, 2 for a usage problem.
 */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Log in to a server as a scripted client (the suitor) and play a scenario.",
            "The password comes from --password, else the RITUALS_PASSWORD environment variable, else a prompt."})
public final class ConnectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoginOptions login;

    @Option(names = "--first", defaultValue = "Test", description = "First name (default: ${DEFAULT-VALUE})")
    String first;

    @Option(names = "--last", defaultValue = "User", description = "Last name (default: ${DEFAULT-VALUE})")
    String last;

    @Option(names = "--scenario", defaultValue = "naturalist", description = "Scenario (default: ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--linger", description = "Seconds a naturalist lingers (default 5)")
    Double lingerSeconds;

    @Option(names = "--wait", description = "Seconds a scenario waits for the server's answer (scenario default)")
    Double waitSeconds;

    @Option(names = "--start", defaultValue = "last", paramLabel = "last|home|uri:REGION&X&Y&Z",
            description = "Where to arrive: the login's start location (default: ${DEFAULT-VALUE})")
    String start;

    @Option(names = "--list", description = "List the scenarios and what each expects of the server")
    boolean list;

    @Option(names = "--ritual-out", paramLabel = "DIR",
            description = "Record the client's side and write the ritual (SCENARIO.md, .jsonl, .mmd, -phases.md) into DIR")
    Path ritualOut;

    @Option(names = "--edition", defaultValue = "naturalist", paramLabel = "naturalist|themed|NAME",
            description = "Edition of the --ritual-out narrative (default: ${DEFAULT-VALUE})")
    String edition;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            for (String name : Scenarios.names()) {
                out.printf("%-15s %s%n", name, Scenarios.create(name, ScenarioTiming.defaults()).expectation());
            }
            out.flush();
            return 0;
        }
        Scenario chosen;
        LoginFormat format;
        SuitorSettings settings;
        try {
            chosen = Scenarios.create(scenario, new ScenarioTiming(seconds(lingerSeconds), seconds(waitSeconds),
                    ScenarioTiming.DEFAULT_PHASE_TIMEOUT));
            format = login.format();
            settings = SuitorSettings.LIBREMETAVERSE.withStart(new StartLocation(start));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        URI uri = login.uri;
        if (uri == null) {
            err.println("--uri is required, e.g. --uri http://127.0.0.1:9000/");
            return 2;
        }
        String secret = password();
        if (secret == null) {
            err.println("no password: give --password, set " + LoginOptions.PASSWORD_VARIABLE + ", or run from a terminal");
            return 2;
        }
        Clock clock = Clock.system();
        Recorder recorder = ritualOut == null ? null : new Recorder(clock);
        Probe probe = recorder == null ? Probe.off(Side.CLIENT) : recorder.probe(Side.CLIENT);
        Credentials who = new Credentials(uri, first, last, secret, format);
        Settings.client(probe, scenario, who);
        AtomicReference<Suitor> playing = new AtomicReference<>();
        ProgressLine line = new ProgressLine(err, System.console() != null);
        try (ClientRuntime runtime = ClientRuntime.start(clock);
                Interruption interruption = Interruption.arm("connect",
                        () -> interrupted(playing.get(), probe, recorder, line, err))) {
            CompletableFuture<ScenarioResult> running = ScenarioRunner.run(runtime, chosen, who, settings, probe,
                    playing::set);
            ScenarioResult result = awaitShowing(running, playing, line);
            if (!interruption.finishing()) {
                return Failures.INTERRUPTED; // the hook logged out and writes the files; the JVM is on its way out
            }
            out.print(ConnectSummary.format(result, uri + " (" + format.label() + ")"));
            if (recorder != null) {
                out.println("Narrative " + write(recorder, "").markdown() + " (the client's side only)");
            }
            out.flush();
            LoginOutcome login = result.report().login();
            if (!result.met() && login != null && LOGIN_SERVER_TROUBLE.contains(login.reason())) {
                err.println("rituals connect: " + loginServerTrouble(uri, login));
                return Failures.LOGIN_SERVER;
            }
            if (!result.met()) {
                err.println("The expectation did not hold: " + result.verdict().observed());
                return 1;
            }
            return 0;
        } catch (ExecutionException e) {
            err.println("the scenario broke: " + e.getCause());
            return 1;
        } catch (IOException e) {
            err.println("could not write the ritual into " + ritualOut + ": " + e.getMessage());
            return 1;
        }
    }

    /** Waits for the scenario, showing where it stands every second until it ends. */
    private static ScenarioResult awaitShowing(CompletableFuture<ScenarioResult> running,
            AtomicReference<Suitor> playing, ProgressLine line) throws InterruptedException, ExecutionException {
        try {
            while (true) {
                try {
                    return running.get(PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    Suitor s = playing.get();
                    if (s != null) {
                        // bounded: a busy loop must not stall the wait for the scenario itself
                        s.progress().completeOnTimeout(null, PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS)
                                .thenAccept(p -> {
                                    if (p != null) {
                                        line.show(p.line(), p.sinceLoginMillis());
                                    }
                                });
                    }
                }
            }
        } finally {
            line.end();
        }
    }

    /**
     * Ctrl-C or a signal before the scenario's end: says so in the record, logs the agent out (LogoutRequest, a few
     * seconds for LogoutReply, CloseCircuit) so that no ghost stays on the server, and writes what was recorded.
     */
    private void interrupted(Suitor suitor, Probe probe, Recorder recorder, ProgressLine line, PrintWriter err)
            throws Exception {
        line.end();
        if (probe.on()) {
            probe.emit(Channel.BEHAVIOR, Verb.INTERRUPTED, "", -1, "Run", "connect");
        }
        String left = Interruption.logOut(suitor);
        String files = recorder == null ? "" : "; narrative " + write(recorder, " (interrupted)").markdown();
        err.println("rituals connect: interrupted; " + left + files);
        err.flush();
    }

    private RitualFiles.Written write(Recorder recorder, String note) throws IOException {
        return RitualFiles.write(ritualOut, scenario, VersionProvider.traceHeader(recorder.startedEpochMillis(),
                "connect " + scenario + " " + login.uri + note), recorder.timeline(), Edition.choose(edition, scenario));
    }

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    /** Login outcomes that say the login server could not be talked to at all, rather than that it said no. */
    static final Set<String> LOGIN_SERVER_TROUBLE = Set.of("http", "fault", "malformed");

    static String loginServerTrouble(URI uri, LoginOutcome login) {
        return switch (login.reason()) {
            case "http" -> "cannot reach the login server at " + uri + ": " + login.message()
                    + " (check --uri, and that the server runs and this machine may reach it)";
            case "fault" -> "the login server at " + uri + " answered with an XML-RPC fault: " + login.message()
                    + " (is --uri the grid's login URI?)";
            default -> "the login server at " + uri + " answered something that is not a login reply: "
                    + login.message() + " (is --uri the grid's login URI? try --login-format xmlrpc or llsd)";
        };
    }

    private String password() {
        String given = login.givenPassword();
        if (given != null) {
            return given;
        }
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword("Password for %s %s: ", first, last);
        return typed == null ? null : new String(typed);
    }

    private static Duration seconds(Double value) {
        return value == null ? null : CrowdCommand.seconds(value);
    }
}
