package rituals.server.account;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import rituals.server.log.LogText;
import rituals.trace.Clock;

/**
 * The accounts of the venue, in the embedded SQLite database {@code <dataDir>/rituals.db}, shared by
 * {@code ./rituals serve} and {@code ./rituals user}. Names are unique ignoring case and looked up ignoring case, as
 * OpenSim's MySQL/SQLite look-ups are. One connection, used under this object's lock; password hashing, the slow
 * part, runs outside it so that concurrent logins overlap.
 */
public final class AccountStore implements AutoCloseable {
    /** The database file inside the data directory. */
    public static final String DATABASE_FILE = "rituals.db";

    private static final int MAX_NAME_LENGTH = 64;

    private final Connection db;
    private final PasswordHash hasher;
    private final Supplier<UUID> ids;
    private final Clock clock;
    // A valid hash of nothing anyone sends: an unknown name is checked against it so that it takes as long to
    // refuse as a wrong password does (no timing oracle for which names exist).
    private final String decoyHash;

    private AccountStore(Connection db, PasswordHash hasher, Supplier<UUID> ids, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    /**
     * Opens (creating when needed) the store in {@code dataDir}. The password hashes are for the owner's eyes only:
     * where the file system has POSIX permissions, a data directory created here is {@code rwx------} and the
     * database {@code rw-------} (an existing database is tightened to that too; SQLite gives its journals the
     * database's permissions). Elsewhere the platform's defaults stay.
     */
    public static AccountStore open(Path dataDir, PasswordHash hasher, Supplier<UUID> ids, Clock clock) {
        Path file = dataDir.resolve(DATABASE_FILE);
        try {
            OwnerOnly.createDirectories(dataDir);
            OwnerOnly.file(file);
        } catch (IOException e) {
            throw new AccountException("cannot create data directory " + dataDir + ": " + LogText.why(e)
                    + (e instanceof FileSystemException fs && fs.getFile() != null ? " (" + fs.getFile() + ")" : ""),
                    e);
        }
        try {
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = db.createStatement()) {
                // Another process (the CLI while the server runs) may hold the write lock briefly.
                st.execute("PRAGMA busy_timeout = 5000");
                st.execute("""
                        CREATE TABLE IF NOT EXISTS accounts (
                          agent_id TEXT PRIMARY KEY,
                          first_name TEXT NOT NULL COLLATE NOCASE,
                          last_name TEXT NOT NULL COLLATE NOCASE,
                          password_hash TEXT NOT NULL,
                          created INTEGER NOT NULL,
                          UNIQUE (first_name, last_name))""");
            }
            return new AccountStore(db, hasher, ids, clock);
        } catch (SQLException e) {
            throw new AccountException("cannot open account database " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens the store with the default hashing, random agent ids and the system clock. */
    public static AccountStore open(Path dataDir) {
        return open(dataDir, new PasswordHash(), UUID::randomUUID, Clock.system());
    }

    /** Creates an account; the password may be plain or already in the {@code $1$} form. */
    public Account create(String first, String last, String password) {
        checkName("first", first);
        checkName("last", last);
        if (password.isEmpty()) {
            throw new AccountException("the password must not be empty");
        }
        String hash = hasher.hash(password);
        Account account = new Account(ids.get(), first, last, clock.epochMillis() / 1000);
        synchronized (this) {
            if (find(first, last).isPresent()) {
                throw new AccountException("an account named " + first + " " + last + " already exists");
            }
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO accounts VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, account.agentId().toString());
                ps.setString(2, first);
                ps.setString(3, last);
                ps.setString(4, hash);
                ps.setLong(5, account.createdEpochSeconds());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw storageFailure("create " + account.name(), e);
            }
        }
        return account;
    }

    /** The account with this name (ignoring case), if any. */
    public synchronized Optional<Account> find(String first, String last) {
        return row(first, last).map(Row::account);
    }

    /** Every account, ordered by last then first name. */
    public synchronized List<Account> list() {
        List<Account> out = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT agent_id, first_name, last_name, password_hash, created"
                        + " FROM accounts ORDER BY last_name, first_name")) {
            while (rs.next()) {
                out.add(read(rs).account());
            }
        } catch (SQLException e) {
            throw storageFailure("list accounts", e);
        }
        return out;
    }

    /** Deletes the account with this name; false when there was none. */
    public synchronized boolean delete(String first, String last) {
        try (PreparedStatement ps =
                db.prepareStatement("DELETE FROM accounts WHERE first_name = ? AND last_name = ?")) {
            ps.setString(1, first);
            ps.setString(2, last);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw storageFailure("delete " + first + " " + last, e);
        }
    }

    /** Checks a name and the {@code passwd} a client sent ({@code $1$} form or plain). */
    public Authentication authenticate(String first, String last, String passwd) {
        Optional<Row> row;
        synchronized (this) {
            row = row(first, last);
        }
        if (row.isEmpty()) {
            PasswordHash.verify(decoyHash, passwd);
            return Authentication.refused("user not found");
        }
        if (PasswordHash.verify(row.get().hash(), passwd)) {
            return Authentication.success(row.get().account());
        }
        hasher.padFailure(row.get().hash());
        return Authentication.refused("wrong password");
    }

    /** What an unknown name is checked against, so that its refusal costs what a known one's does. */
    String decoyHash() {
        return decoyHash;
    }

    /** The stored hash of an account, for tests and audits that must see what is kept. */
    public synchronized Optional<String> storedHash(String first, String last) {
        return row(first, last).map(Row::hash);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw storageFailure("close", e);
        }
    }

    private record Row(Account account, String hash) {}

    private Optional<Row> row(String first, String last) {
        try (PreparedStatement ps = db.prepareStatement("SELECT agent_id, first_name, last_name, password_hash,"
                + " created FROM accounts WHERE first_name = ? AND last_name = ?")) {
            ps.setString(1, first);
            ps.setString(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw storageFailure("look up " + first + " " + last, e);
        }
    }

    private static Row read(ResultSet rs) throws SQLException {
        Account a = new Account(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(5));
        return new Row(a, rs.getString(4));
    }

    private static void checkName(String which, String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new AccountException("the " + which + " name must be 1 to " + MAX_NAME_LENGTH + " characters: '"
                    + name + "'");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // A space would make "First Last" ambiguous; control characters have no place in a name.
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new AccountException("the " + which + " name must not contain spaces or control characters: '"
                        + name + "'");
            }
        }
    }

    private static AccountException storageFailure(String what, SQLException e) {
        return new AccountException("account database: cannot " + what + ": " + e.getMessage(), e);
    }
}
