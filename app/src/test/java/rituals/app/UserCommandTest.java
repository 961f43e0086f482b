package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.server.account.AccountStore;

class UserCommandTest {
    @TempDir
    Path dir;

    private Cli.Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data", dir.toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void createListDelete() {
        Cli.Run created = run("user", "create", "Test", "User", "--password", "password");
        assertThat(created.code()).isZero();
        assertThat(created.out()).startsWith("Created Test User (");

        Cli.Run list = run("user", "list");
        assertThat(list.out()).contains("Test User").endsWith("1 account" + System.lineSeparator());

        try (AccountStore store = AccountStore.open(dir)) {
            assertThat(store.authenticate("Test", "User", "$1$5f4dcc3b5aa765d61d8327deb882cf99").succeeded())
                    .isTrue();
        }

        assertThat(run("user", "delete", "Test", "User").code()).isZero();
        Cli.Run again = run("user", "delete", "Test", "User");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("no account named Test User");
        assertThat(run("user", "list").out()).contains("0 accounts");
    }

    @Test
    void createsACrowdAndSkipsThoseThatExist() {
        assertThat(run("user", "create", "--count", "3", "--prefix", "Bot", "--password", "pw").code()).isZero();
        Cli.Run rerun = run("user", "create", "--count", "4", "--password", "pw");
        assertThat(rerun.out()).contains("Created 1 accounts").contains("(3 already existed)");
        assertThat(run("user", "list").out())
                .contains("Bot1 Crowd", "Bot2 Crowd", "Bot3 Crowd", "Bot4 Crowd")
                .contains("4 accounts");
    }

    @Test
    void refusesADuplicateAndBadArguments() {
        run("user", "create", "Test", "User", "--password", "password");
        Cli.Run dup = run("user", "create", "Test", "User", "--password", "x");
        assertThat(dup.code()).isEqualTo(1);
        assertThat(dup.err()).contains("already exists");
        Cli.Run noName = run("user", "create", "--password", "x");
        assertThat(noName.code()).isNotZero();
        assertThat(noName.err()).contains("give FIRST LAST, or --count N");
    }
}
