package rituals.app;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import picocli.CommandLine.Option;
import rituals.server.account.AccountStore;

/**
 * A crowd's names, {@code PREFIX1 LAST} … {@code PREFIXN LAST} ({@code --prefix}, {@code --last}), as a picocli mixin
 * for {@code user create --count} and {@code crowd}; {@code bench} uses the defaults.
 */
final class CrowdNames {
    @Option(names = "--prefix", defaultValue = "Bot", description = "Crowd first-name prefix (default: ${DEFAULT-VALUE}).")
    String prefix = "Bot";

    @Option(names = "--last", defaultValue = "Crowd", description = "Crowd last name (default: ${DEFAULT-VALUE}).")
    String last = "Crowd";

    /**
     * Creates the crowd's accounts that do not exist yet, all with {@code password}, and returns their names. Hashing
     * is the slow part and the store hashes outside its lock, so they are created in parallel.
     */
    List<String> createIn(AccountStore store, int count, String password) {
        return IntStream.rangeClosed(1, count)
                .parallel()
                .mapToObj(i -> prefix + i)
                .filter(first -> store.find(first, last).isEmpty())
                .map(first -> store.create(first, last, password).name())
                .collect(Collectors.toList());
    }
}
