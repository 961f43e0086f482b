package rituals.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./rituals user create|list|delete}: the venue's accounts, in the same database {@code serve} uses.
 * Each action is its own class.
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage the venue's accounts (first name, last name, password).",
        subcommands = {UserCreateCommand.class, UserListCommand.class, UserDeleteCommand.class})
public final class UserCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
