package rituals.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.trace.Clock;

/**
 * The time of a refusal must not tell an unknown name from an account with a cheap hash (one created when the
 * iteration count was lower): both cost the current iteration count. Counted in PBKDF2 rounds, not timed, so a busy
 * machine cannot make it pass or fail.
 */
class RefusalCostTest {
    static final int COST = 20_000;

    @TempDir
    Path dir;

    @Test
    void aWrongPasswordOnACheapHashCostsAsManyRoundsAsAnUnknownName() {
        PasswordHash hasher = new PasswordHash(COST, new SecureRandom());
        String cheap = new PasswordHash(1, new SecureRandom()).hash("password");
        String current = hasher.hash("password");

        assertThat(PasswordHash.rounds(cheap) + hasher.padFailure(cheap)).isEqualTo(COST);
        assertThat(hasher.padFailure(current)).as("a current hash needs no padding").isZero();
        assertThat(hasher.padFailure("not a hash")).as("a malformed hash is padded to the whole cost").isEqualTo(COST);
    }

    @Test
    void anUnknownNameIsCheckedAgainstADecoyOfTheCurrentCost() {
        try (AccountStore cheap = AccountStore.open(dir, new PasswordHash(1, new SecureRandom()), UUID::randomUUID,
                Clock.system())) {
            cheap.create("Cheap", "Account", "password");
        }
        try (AccountStore store = AccountStore.open(dir, new PasswordHash(COST, new SecureRandom()),
                UUID::randomUUID, Clock.system())) {
            assertThat(PasswordHash.rounds(store.decoyHash())).isEqualTo(COST);
            assertThat(store.authenticate("Nobody", "Here", "guess").succeeded()).isFalse();
            assertThat(store.authenticate("Cheap", "Account", "guess").succeeded()).isFalse();
            assertThat(store.authenticate("Cheap", "Account", "password").succeeded()).isTrue();
        }
    }
}
