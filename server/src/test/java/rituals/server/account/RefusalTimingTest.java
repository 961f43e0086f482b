package rituals.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.trace.Clock;

/**
 * The time of a refusal must not tell an unknown name from an account with a cheap hash (one created when the
 * iteration count was lower): both take at least the current cost.
 */
class RefusalTimingTest {
    static final int COST = 100_000;

    @TempDir
    Path dir;

    @Test
    void aWrongPasswordOnACheapHashTakesAsLongAsAnUnknownName() {
        try (AccountStore cheap = AccountStore.open(dir, new PasswordHash(1, new SecureRandom()), UUID::randomUUID,
                Clock.system())) {
            cheap.create("Cheap", "Account", "password");
        }
        try (AccountStore store = AccountStore.open(dir, new PasswordHash(COST, new SecureRandom()),
                UUID::randomUUID, Clock.system())) {
            store.authenticate("Warm", "Up", "x"); // the JIT and the provider's first use, not measured
            long unknown = medianNanos(() -> store.authenticate("Nobody", "Here", "guess"));
            long cheapWrong = medianNanos(() -> store.authenticate("Cheap", "Account", "guess"));
            assertThat(store.authenticate("Cheap", "Account", "password").succeeded()).isTrue();
            // The same work is done; the bound leaves room for a busy machine.
            assertThat(cheapWrong).as("cheap-hash refusal %d ns, unknown-name refusal %d ns", cheapWrong, unknown)
                    .isGreaterThan(unknown / 2);
        }
    }

    static long medianNanos(Runnable r) {
        long[] t = new long[7];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            r.run();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }
}
