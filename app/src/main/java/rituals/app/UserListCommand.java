package rituals.app;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import rituals.server.account.Account;
import rituals.server.account.AccountException;
import rituals.server.account.AccountStore;

/** {@code user list}: one line per account (name, agent id, creation time), then a count. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
final class UserListCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AccountStore store = AccountStore.open(data.dataDir)) {
            List<Account> accounts = store.list();
            for (Account a : accounts) {
                out.printf("%-32s %s  %s%n", a.name(), a.agentId(), Instant.ofEpochSecond(a.createdEpochSeconds()));
            }
            out.printf("%d account%s%n", accounts.size(), accounts.size() == 1 ? "" : "s");
            return 0;
        } catch (AccountException e) {
            spec.commandLine().getErr().println("rituals user list: " + e.getMessage());
            return 1;
        }
    }
}
