package rituals.app;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import rituals.client.crowd.NamePattern;
import rituals.server.account.Account;
import rituals.server.account.AccountException;
import rituals.server.account.AccountStore;
import rituals.server.account.PasswordHash;
import rituals.trace.Clock;

/**
 * {@code user create FIRST LAST --password P}, or {@code user create --count N [--prefix Bot] [--last Crowd]
 * --password P} for the load generator's crowd: {@code Bot1 Crowd} … {@code BotN Crowd}, all with the same password.
 * Crowd accounts that already exist are left alone, so the command can be re-run before each load test.
 */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create an account, or a numbered crowd.")
final class UserCreateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataDirOption data;

    @Parameters(arity = "0..2", paramLabel = "NAME", description = "First and last name (not with --count).")
    List<String> names = List.of();

    @Option(
            names = "--password",
            required = true,
            arity = "0..1",
            interactive = true,
            description = "The password (prompted for when given without a value).")
    String password;

    @Option(names = "--count", paramLabel = "N", description = "Create N crowd accounts PREFIX1 LAST … PREFIXN LAST, "
            + "or as --name-pattern names them.")
    Integer count;

    @Mixin
    CrowdNames crowd;

    @Option(names = "--hash-iterations", paramLabel = "N", description = "PBKDF2 iterations for these accounts "
            + "(default: the venue's; fewer make logins cheaper: for load-test accounts only).")
    Integer hashIterations;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (count == null && names.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give FIRST LAST, or --count N");
        }
        if (count != null && (!names.isEmpty() || count < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count needs N >= 1 and no names");
        }
        if (hashIterations != null && hashIterations < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--hash-iterations must be >= 1");
        }
        // The iteration count is stored with each hash, so the venue verifies these at their own cost.
        PasswordHash hasher = new PasswordHash(hashIterations == null ? PasswordHash.DEFAULT_ITERATIONS
                : hashIterations, new SecureRandom());
        try (AccountStore store = AccountStore.open(data.dataDir, hasher, UUID::randomUUID, Clock.system())) {
            if (count == null) {
                Account a = store.create(names.get(0), names.get(1), password);
                out.printf("Created %s (%s) in %s%n", a.name(), a.agentId(), data.dataDir);
                return 0;
            }
            NamePattern pattern = crowd.pattern();
            List<String> created = crowd.createIn(store, count, password);
            out.printf("Created %d accounts %s %s … %s %s (%d already existed) in %s%n", created.size(),
                    pattern.firstOf(0), pattern.lastOf(0), pattern.firstOf(count - 1), pattern.lastOf(count - 1),
                    count - created.size(), data.dataDir);
            return 0;
        } catch (AccountException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("rituals user create: " + e.getMessage());
            return 1;
        }
    }
}
