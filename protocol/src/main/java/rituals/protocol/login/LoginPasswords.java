package rituals.protocol.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The password form every login client sends: {@code "$1$" + lowercase hex MD5(UTF-8 password)}. */
public final class LoginPasswords {
    /** The prefix marking an already-hashed password; OpenSim strips it before checking. */
    public static final String MD5_PREFIX = "$1$";

    private LoginPasswords() {
    }

    /** Hashes a plain password; a value that already starts with {@code $1$} is returned unchanged, as LMV does. */
    public static String md5Form(String plain) {
        if (plain.startsWith(MD5_PREFIX)) {
            return plain;
        }
        return MD5_PREFIX + md5Hex(plain);
    }

    /** Lowercase hex MD5 of the UTF-8 bytes of {@code text}. */
    public static String md5Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide MD5", e);
        }
    }
}
