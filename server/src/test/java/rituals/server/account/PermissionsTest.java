package rituals.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password hashes are for the owner's eyes only. */
class PermissionsTest {
    @TempDir
    Path dir;

    @Test
    void theDataDirectoryIsOwnerOnlyAndTheDatabaseToo() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path data = dir.resolve("venue/data");
        try (AccountStore store = AccountStore.open(data)) {
            store.create("Test", "User", "password");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.getParent())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                data.resolve(AccountStore.DATABASE_FILE)))).isEqualTo("rw-------");
    }

    @Test
    void aDatabaseLeftReadableByOthersIsTightened() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Path db = dir.resolve(AccountStore.DATABASE_FILE);
        Files.createFile(db, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        AccountStore.open(dir).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db))).isEqualTo("rw-------");
    }
}
