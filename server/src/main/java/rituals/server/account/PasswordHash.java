package rituals.server.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import rituals.protocol.login.LoginPasswords;

/**
 * How passwords are kept: PBKDF2-HMAC-SHA256 with a random 16-byte salt per account, over the {@code $1$}+MD5 form
 * the clients send (so the plain password never reaches the server from a client, and the stored value is not that
 * reusable MD5 either). Stored as {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}, so the iteration count
 * can be raised later without invalidating existing accounts.
 */
public final class PasswordHash {
    /**
     * Iterations for new hashes: about 10 ms per hash (measured 10.6 ms on the development VM), slow enough to make
     * a stolen table expensive to attack, cheap enough for a crowd of a thousand bots to log in. OWASP suggests more
     * for web accounts; a test venue trades some of that for login throughput, and the stored format lets a
     * deployment raise it without invalidating existing accounts.
     */
    public static final int DEFAULT_ITERATIONS = 50_000;

    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final String MD5_PREFIX = LoginPasswords.MD5_PREFIX;
    private static final String PAD_INPUT = "padding";
    private static final byte[] PAD_SALT = new byte[SALT_BYTES];

    private final int iterations;
    private final SecureRandom random;

    public PasswordHash(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive: " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    public PasswordHash() {
        this(DEFAULT_ITERATIONS, new SecureRandom());
    }

    /**
     * The form a client sends in {@code passwd}: {@code "$1$"} + lowercase hex MD5 of the UTF-8 password. Given a
     * value already in that form (as clients send it) it returns it with the hex lowercased; anything else is taken
     * as a plain password and hashed, as OpenSim does.
     */
    public static String md5Form(String passwd) {
        if (passwd.startsWith(MD5_PREFIX)) {
            return MD5_PREFIX + passwd.substring(MD5_PREFIX.length()).toLowerCase(Locale.ROOT);
        }
        return LoginPasswords.md5Form(passwd);
    }

    /** A new stored hash of {@code password} (plain, or already in the {@code $1$} form). */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(md5Form(password), salt, iterations));
    }

    /**
     * Whether {@code passwd} (as a client sent it) matches {@code stored}. The comparison takes the same time
     * wherever the bytes differ; a malformed stored value never matches.
     */
    public static boolean verify(String stored, String passwd) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (rounds < 1) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(md5Form(passwd), salt, rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Spends the time a failed check costs at this hasher's iteration count when {@code stored} costs less (an
     * account kept from a cheaper setting), so that a wrong password takes as long as an unknown name: the time of a
     * refusal must not tell which accounts exist, or which have cheap hashes. Returns the rounds it spent.
     */
    public int padFailure(String stored) {
        int rounds = rounds(stored);
        if (rounds >= iterations) {
            return 0;
        }
        int padding = iterations - Math.max(rounds, 0);
        derive(PAD_INPUT, PAD_SALT, padding);
        return padding;
    }


    /** The iteration count of a stored hash; 0 when it is malformed (a malformed hash never matches). */
    static int rounds(String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] derive(String md5Form, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(md5Form.toCharArray(), salt, rounds, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
