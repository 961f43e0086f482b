package rituals.client;

import java.net.URI;
import rituals.client.login.LoginFormat;

/**
 * Who logs in where, and how the request is encoded. The password is plain text or already {@code $1$}+MD5.
 *
 * @param start the login's start location: "last" (the default), "home", or {@code uri:<Region>&<x>&<y>&<z>}
 */
public record Credentials(URI loginUri, String first, String last, String password, LoginFormat format,
        String start) {
    public Credentials {
        if (first.isBlank() || last.isBlank()) {
            throw new IllegalArgumentException("a first and a last name are needed");
        }
    }

    /** Starting at the "last" location, as LibreMetaverse does by default. */
    public Credentials(URI loginUri, String first, String last, String password, LoginFormat format) {
        this(loginUri, first, last, password, format, "last");
    }

    /** The same login, starting at {@code where}. */
    public Credentials startingAt(String where) {
        return new Credentials(loginUri, first, last, password, format, where);
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
        return new Credentials(loginUri, first, last, other, format, start);
    }
}
