package rituals.app;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Option;
import rituals.client.crowd.NamePattern;
import rituals.server.account.AccountStore;

/**
 * A crowd's names, as a picocli mixin for {@code user create --count} and {@code crowd} ({@code bench} uses the
 * defaults): {@code PREFIX1 LAST} … {@code PREFIXN LAST} ({@code --prefix}, {@code --last}), or any pattern with
 * {@code {n}} ({@code --name-pattern 'Bot_{n} Crowd'}, or pCampBot's {@code 'Test User_{n}' --from 0}).
 */
final class CrowdNames {
    @Option(names = "--prefix", defaultValue = "Bot", description = "Crowd first-name prefix (default: ${DEFAULT-VALUE}).")
    String prefix = "Bot";

    @Option(names = "--last", defaultValue = "Crowd", description = "Crowd last name (default: ${DEFAULT-VALUE}).")
    String last = "Crowd";

    @Option(names = "--name-pattern", paramLabel = "'FIRST LAST'", description = "Names with {n} for the agent's "
            + "number, e.g. 'Bot_{n} Crowd', or pCampBot's 'Test User_{n}' with --from 0 (overrides --prefix/--last).")
    String pattern;

    @Option(names = "--from", defaultValue = "1", paramLabel = "N",
            description = "The first agent's number in --name-pattern (default: ${DEFAULT-VALUE}; pCampBot counts from 0).")
    int from = 1;

    /** The pattern these options give; an unusable one fails with a message that says why. */
    NamePattern pattern() {
        return pattern == null ? NamePattern.prefixed(prefix, last) : NamePattern.parse(pattern, from);
    }

    /**
     * Creates the crowd's accounts that do not exist yet, all with {@code password}, and returns their names. Hashing
     * is the slow part and the store hashes outside its lock, so they are created in parallel.
     */
    List<String> createIn(AccountStore store, int count, String password) {
        NamePattern names = pattern();
        return IntStream.range(0, count)
                .parallel()
                .filter(i -> store.find(names.firstOf(i), names.lastOf(i)).isEmpty())
                .mapToObj(i -> store.create(names.firstOf(i), names.lastOf(i), password).name())
                .collect(Collectors.toList());
    }
}
