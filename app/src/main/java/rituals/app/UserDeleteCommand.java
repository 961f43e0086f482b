package rituals.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import rituals.server.account.AccountException;
import rituals.server.account.AccountStore;

/** {@code user delete FIRST LAST}; exits 1 when there is no such account. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete an account.")
final class UserDeleteCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(index = "0", paramLabel = "FIRST")
    String first;

    @Parameters(index = "1", paramLabel = "LAST")
    String last;

    @Override
    public Integer call() {
        try (AccountStore store = AccountStore.open(data.dataDir)) {
            if (!store.delete(first, last)) {
                spec.commandLine().getErr().println("rituals user delete: no account named " + first + " " + last);
                return 1;
            }
            spec.commandLine().getOut().println("Deleted " + first + " " + last);
            return 0;
        } catch (AccountException e) {
            spec.commandLine().getErr().println("rituals user delete: " + e.getMessage());
            return 1;
        }
    }
}
