package rituals.app;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code ./rituals} command line. Each subcommand is its own class, registered here. */
@Command(
        name = "rituals",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Rituals: the OpenSimulator / Second Life connection sequence in Java.",
            "The venue (an OpenSim-compatible server), the suitor (a scriptable client harness) and the naturalist "
                    + "(probes on both sides and a narrator of the ritual)."
        },
        subcommands = {CommandLine.HelpCommand.class, PerformCommand.class, ServeCommand.class, UserCommand.class,
            ConnectCommand.class, NarrateCommand.class, CrowdCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On a failure, print the stack trace after the one-line error.")
    boolean debug;

    /** Read by ForkJoinPool once, when CompletableFuture first needs it: set before anything else runs. */
    private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    public static void main(String[] args) {
        // The JDK HttpClient hands every sendAsync completion to CompletableFuture's default pool, which on fewer than
        // three cores is no pool but a new thread per task: a 2,000-agent crowd started one per HTTP exchange (its
        // login replies were parsed on them, perf showed). At least two pool threads make it a real pool again.
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            System.setProperty(COMMON_POOL_PARALLELISM, String.valueOf(Math.max(2,
                    Runtime.getRuntime().availableProcessors() - 1)));
        }
        LogLine.install();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        Main main = new Main();
        return new CommandLine(main).setExecutionExceptionHandler(new Failures(() -> main.debug));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
