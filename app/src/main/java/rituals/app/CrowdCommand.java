package rituals.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rituals.client.ClientRuntime;
import rituals.client.SuitorSettings;
import rituals.client.crowd.Crowd;
import rituals.client.crowd.CrowdPlan;
import rituals.client.crowd.CrowdReport;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Side;

/**
 * {@code ./rituals crowd}: N simulated clients in one process against any server, with a live progress line and a
 * final report. Exit code 0 when every agent's expectation held, 1 otherwise, 2 for a usage problem.
 */
@Command(name = "crowd", mixinStandardHelpOptions = true,
        description = {"Run a crowd of simulated clients (a load generator) against any OpenSim-compatible server.",
            "Agents are PREFIX1 LAST … PREFIXN LAST sharing one password (./rituals user create --count N makes them "
                    + "on our venue).",
            "The password comes from --password, else the RITUALS_PASSWORD environment variable."})
public final class CrowdCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LoginOptions login;

    @Mixin
    CrowdNames names;

    @Option(names = "--agents", required = true, paramLabel = "N", description = "How many agents.")
    int agents;

    @Option(names = "--ramp", defaultValue = "100", paramLabel = "R",
            description = "Logins started per second (default: ${DEFAULT-VALUE}).")
    double ramp;

    @Option(names = "--duration", defaultValue = "30", paramLabel = "S",
            description = "Seconds the crowd stays after the last login started (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--scenario", defaultValue = "naturalist",
            description = "Scenario every agent plays (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--phase-timeout", defaultValue = "60", paramLabel = "S",
            description = "Seconds each step of arriving may take (default: ${DEFAULT-VALUE}, as LibreMetaverse).")
    double phaseTimeout;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (login.uri == null) {
            err.println("--uri is required, e.g. --uri http://127.0.0.1:9000/");
            return 2;
        }
        String secret = login.givenPassword();
        if (secret == null || secret.isEmpty()) {
            err.println("no password: give --password or set " + LoginOptions.PASSWORD_VARIABLE);
            return 2;
        }
        CrowdPlan plan;
        try {
            plan = new CrowdPlan(login.uri, agents, ramp, seconds(duration), scenario, names.pattern(), secret,
                    login.format(), seconds(phaseTimeout));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        FileLimit.warnIfShort(agents, err);
        PrintWriter out = spec.commandLine().getOut();
        ProgressLine line = new ProgressLine(err, System.console() != null);
        try (ClientRuntime runtime = ClientRuntime.start(Clock.system())) {
            Crowd crowd = start(runtime, plan, line);
            try (Interruption interruption = Interruption.arm("crowd", () -> interrupted(crowd, line, out))) {
                CrowdReport report = crowd.finished().get();
                if (!interruption.finishing()) {
                    return Failures.INTERRUPTED; // the hook logged the agents out and prints the report
                }
                line.end();
                out.print(report.text());
                out.flush();
                return report.failed() == 0 ? 0 : 1;
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /**
     * Ctrl-C or a signal before the crowd's end: stops launching, logs every agent still in out (a few seconds for
     * LogoutReply, then CloseCircuit), and prints the report as far as the crowd got, marked as interrupted.
     */
    private static void interrupted(Crowd crowd, ProgressLine line, PrintWriter out) throws Exception {
        CrowdReport report = crowd.interrupt(Interruption.LOGOUT).get(Interruption.BOUND.toMillis(),
                TimeUnit.MILLISECONDS);
        line.end();
        out.println("Interrupted (Ctrl-C or a signal): the crowd as far as it got; every agent still in was logged out.");
        out.print(report.text());
        out.flush();
    }

    /** Runs the crowd, writing the live progress line to {@code progress}, and returns its report. */
    static CrowdReport run(ClientRuntime runtime, CrowdPlan plan, PrintWriter progress) throws Exception {
        ProgressLine line = new ProgressLine(progress, System.console() != null);
        CrowdReport report = start(runtime, plan, line).finished().get();
        line.end();
        return report;
    }

    /** Starts the crowd as LibreMetaverse-like clients, unobserved, showing its progress on {@code line}. */
    static Crowd start(ClientRuntime runtime, CrowdPlan plan, ProgressLine line) {
        return Crowd.start(runtime, plan, SuitorSettings.LIBREMETAVERSE, Probe.off(Side.CLIENT), line::show);
    }

    static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
