package rituals.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.trace.ManualClock;

class AccountStoreTest {
    // The capture's password is "password"; this is what libomv sent for it.
    static final String CAPTURED_PASSWD = "$1$5f4dcc3b5aa765d61d8327deb882cf99";

    @TempDir
    Path dir;

    AccountStore store;
    final AtomicLong nextId = new AtomicLong(1);

    @BeforeEach
    void open() {
        ManualClock clock = new ManualClock(1_795_299_142_000L);
        store = AccountStore.open(dir, new PasswordHash(1000, new SecureRandom()),
                () -> new UUID(0xaaaaaaaa00004000L, 0x8000000000000000L | nextId.getAndIncrement()), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void createListFindDelete() {
        Account test = store.create("Test", "User", "password");
        Account bot = store.create("Bot1", "Crowd", "secret");
        assertThat(test.agentId()).isEqualTo(UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001"));
        assertThat(test.createdEpochSeconds()).isEqualTo(1_795_299_142L);
        assertThat(store.list()).containsExactly(bot, test); // by last name: Crowd before User
        assertThat(store.find("test", "USER")).contains(test);
        assertThat(store.delete("Test", "User")).isTrue();
        assertThat(store.delete("Test", "User")).isFalse();
        assertThat(store.list()).containsExactly(bot);
    }

    @Test
    void storesASaltedSlowHashNotTheMd5Form() {
        store.create("Test", "User", "password");
        store.create("Other", "User", "password");
        String hash = store.storedHash("Test", "User").orElseThrow();
        assertThat(hash).startsWith("pbkdf2-sha256$1000$")
                .doesNotContain("5f4dcc3b5aa765d61d8327deb882cf99")
                .doesNotContain("password");
        // Per-account salt: the same password gives different stored values.
        assertThat(store.storedHash("Other", "User").orElseThrow()).isNotEqualTo(hash);
    }

    @Test
    void authenticatesTheClientsMd5FormAndRefusesTheRest() {
        Account test = store.create("Test", "User", "password");
        assertThat(store.authenticate("Test", "User", CAPTURED_PASSWD).account()).contains(test);
        // Clients hex-encode in either case; OpenSim also accepts a plain password and hashes it.
        assertThat(store.authenticate("Test", "User", CAPTURED_PASSWD.toUpperCase())
                .succeeded()).isTrue();
        assertThat(store.authenticate("Test", "User", "password").succeeded()).isTrue();
        Authentication wrong = store.authenticate("Test", "User", PasswordHash.md5Form("Password"));
        assertThat(wrong.succeeded()).isFalse();
        assertThat(wrong.refusal()).isEqualTo("wrong password");
        assertThat(store.authenticate("No", "Body", CAPTURED_PASSWD).refusal()).isEqualTo("user not found");
    }

    @Test
    void anAccountCreatedWithTheMd5FormAcceptsThePlainPassword() {
        store.create("Test", "User", CAPTURED_PASSWD);
        assertThat(store.authenticate("Test", "User", "password").succeeded()).isTrue();
    }

    @Test
    void refusesDuplicateAndMalformedNames() {
        store.create("Test", "User", "password");
        assertThatThrownBy(() -> store.create("test", "user", "x"))
                .isInstanceOf(AccountException.class)
                .hasMessage("an account named test user already exists");
        assertThatThrownBy(() -> store.create("Two Words", "User", "x"))
                .hasMessageContaining("must not contain spaces");
        assertThatThrownBy(() -> store.create("", "User", "x")).hasMessageContaining("1 to 64 characters");
        assertThatThrownBy(() -> store.create("A", "B", "")).hasMessage("the password must not be empty");
    }

    @Test
    void survivesReopening() {
        Account test = store.create("Test", "User", "password");
        store.close();
        store = AccountStore.open(dir);
        assertThat(store.find("Test", "User")).contains(test);
        assertThat(store.authenticate("Test", "User", CAPTURED_PASSWD).succeeded()).isTrue();
    }

    @Test
    void md5FormMatchesWhatClientsSend() {
        assertThat(PasswordHash.md5Form("password")).isEqualTo(CAPTURED_PASSWD);
        assertThat(PasswordHash.md5Form(CAPTURED_PASSWD)).isEqualTo(CAPTURED_PASSWD);
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        assertThat(PasswordHash.verify("", "password")).isFalse();
        assertThat(PasswordHash.verify("5f4dcc3b5aa765d61d8327deb882cf99", "password")).isFalse();
        assertThat(PasswordHash.verify("pbkdf2-sha256$0$AAAA$AAAA", "password")).isFalse();
        assertThat(PasswordHash.verify("pbkdf2-sha256$x$AAAA$AAAA", "password")).isFalse();
        assertThat(PasswordHash.verify("pbkdf2-sha256$10$!!$AAAA", "password")).isFalse();
    }
}
