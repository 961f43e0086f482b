package rituals.app;

import java.net.URI;
import java.util.function.Function;
import picocli.CommandLine.Option;
import rituals.client.login.LoginFormat;

/**
 * Where and how a client command logs in ({@code --uri}, {@code --password}, {@code --login-format}), as a picocli
 * mixin for {@code connect} and {@code crowd}. The password falls back to {@value #PASSWORD_VARIABLE}.
 */
final class LoginOptions {
    static final String PASSWORD_VARIABLE = "RITUALS_PASSWORD";

    @Option(names = "--uri", description = "Login URI, e.g. http://127.0.0.1:9000/")
    URI uri;

    @Option(names = "--password", description = "Password (plain, or $1$ + MD5 hex).")
    String password;

    @Option(names = "--login-format", defaultValue = "xmlrpc", description = "xmlrpc or llsd (default: ${DEFAULT-VALUE})")
    String loginFormat;

    /** Where the password comes from when not given. Tests replace it. */
    Function<String, String> environment = System::getenv;

    /** --password, else a non-empty {@value #PASSWORD_VARIABLE}, else null. */
    String givenPassword() {
        if (password != null) {
            return password;
        }
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
    }

    /** The login format; {@link IllegalArgumentException} naming the known ones for anything else. */
    LoginFormat format() {
        return LoginFormat.parse(loginFormat);
    }
}
