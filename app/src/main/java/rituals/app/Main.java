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

    public static void main(String[] args) {
        LogLine.install();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
