package rituals.client;

import java.net.URI;
import rituals.client.login.LoginFormat;

/** Who logs in where, and how the request is encoded. The password is plain text or already {@code $1$}+MD5. */
public record Credentials(URI loginUri, String first, String last, String password, LoginFormat format) {
    public Credentials {
        if (first.isBlank() || last.isBlank()) {
            throw new IllegalArgumentException("a first and a last name are needed");
        }
    }

    /** "First Last". */
    public String user() {
        return first + " " + last;
    }

    @Override
    public String toString() {
        return "Credentials[" + user() + " at " + loginUri + " (" + format + ")]"; // never the password
    }

    public Credentials withPassword(String other) {
        return new Credentials(loginUri, first, last, other, format);
    }
}
