package rituals.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rituals.client.login.LoginFormat;
import rituals.client.scenario.ScenarioTiming;
import rituals.client.scenario.Scenarios;
import rituals.trace.Channel;
import rituals.trace.Probe;
import rituals.trace.Side;
import rituals.trace.Verb;
import rituals.trace.io.RitualFiles;
import rituals.trace.narrative.Edition;

/** {@code ./rituals perform SCENARIO}: venue and suitor in one process, narrated by the naturalist. */
@Command(name = "perform", mixinStandardHelpOptions = true,
        description = {"Performs a ritual: starts the venue on free loopback ports with a temporary database and test "
                + "user, plays the suitor's scenario against it, and writes the narrative (SCENARIO.md), the events "
                + "(SCENARIO.jsonl), a sequence diagram (SCENARIO.mmd) and the phase timings (SCENARIO-phases.md).",
            "The venue's timeouts are shortened (AckTimeout 3 s, circuit expiry 3 s) so every scenario ends in seconds."})
public final class PerformCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = "naturalist",
            description = "The scenario (default: ${DEFAULT-VALUE}); --list shows them all.")
    String scenario;

    @Option(names = "--edition", paramLabel = "naturalist|themed|NAME",
            description = "naturalist: the plain Naturalist Edition; themed: the scenario's own (the wallflower's "
                    + "dance, ...). Default: naturalist for the naturalist scenario, themed for the "
                    + "others.")
    String edition;

    @Option(names = "--out", defaultValue = "rituals-out", paramLabel = "DIR",
            description = "Where the files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--login-format", defaultValue = "xmlrpc", description = "xmlrpc or llsd (default: ${DEFAULT-VALUE})")
    String loginFormat;

    @Option(names = "--list", description = "List the scenarios and what each expects of the server.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (list) {
            for (String name : Scenarios.names()) {
                stdout.printf("%-15s %s%n", name, Scenarios.create(name, Performance.timing(name)).expectation());
            }
            stdout.flush();
            return 0;
        }
        Edition chosen;
        LoginFormat format;
        try {
            Scenarios.create(scenario, ScenarioTiming.defaults());
            chosen = Edition.choose(edition != null ? edition : scenario.equals("naturalist") ? "naturalist" : "themed",
                    scenario);
            format = LoginFormat.parse(loginFormat);
        } catch (RuntimeException e) {
            stderr.println("rituals perform: " + e.getMessage());
            return 2;
        }
        stdout.println("Performing " + scenario + " (" + chosen.name() + " edition)...");
        stdout.flush();
        AtomicReference<Performance.Live> live = new AtomicReference<>();
        RitualFiles.Written files;
        Performance.Outcome outcome;
        try (Interruption interruption = Interruption.arm("perform", () -> interrupted(live.get(), chosen, stderr))) {
            outcome = Performance.perform(scenario, format, live::set);
            if (!interruption.finishing()) {
                return Failures.INTERRUPTED; // the hook logged out and writes the files; the JVM is on its way out
            }
            files = RitualFiles.write(out, scenario, VersionProvider.traceHeader(outcome.startedEpochMillis(),
                    "perform " + scenario), outcome.timeline(), chosen);
        }
        stdout.println((outcome.result().met() ? "MET     " : "UNMET   ") + outcome.result().verdict().observed());
        stdout.println("Narrative  " + files.markdown());
        stdout.println("Events     " + files.jsonLines() + "  (" + outcome.timeline().size() + " events)");
        stdout.println("Diagram    " + files.mermaid());
        stdout.println("Phases     " + files.phases());
        stdout.flush();
        return outcome.result().met() ? 0 : 1;
    }

    /**
     * Ctrl-C or a signal before the performance's end: says so in the record, logs the suitor out (LogoutRequest, a
     * few seconds for LogoutReply, CloseCircuit), writes both sides as recorded so far, and stops the venue.
     */
    private void interrupted(Performance.Live live, Edition chosen, PrintWriter stderr) throws Exception {
        if (live == null) {
            stderr.println("rituals perform: interrupted before the venue started; nothing to write");
            stderr.flush();
            return;
        }
        Probe client = live.recorder().probe(Side.CLIENT);
        if (client.on()) {
            client.emit(Channel.BEHAVIOR, Verb.INTERRUPTED, "", -1, "Run", "perform");
        }
        String left = Interruption.logOut(live.suitor().get());
        live.venue().close(); // whatever is left gets DisableSimulator; the record then holds the venue's last words
        RitualFiles.Written files = RitualFiles.write(out, scenario, VersionProvider.traceHeader(
                live.recorder().startedEpochMillis(), "perform " + scenario + " (interrupted)"),
                live.recorder().timeline(), chosen);
        try {
            Performance.deleteTree(live.data());
        } catch (IOException e) {
            // the performance's own end may be deleting it at the same moment: what is left is a temporary folder
        }
        stderr.println("rituals perform: interrupted; the suitor " + left + "; narrative " + files.markdown());
        stderr.flush();
    }
}
