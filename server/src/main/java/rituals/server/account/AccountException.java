package rituals.server.account;

/** An account operation refused for a reason the user can fix (a taken or malformed name), or a storage failure. */
public final class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }

    public AccountException(String message, Throwable cause) {
        super(message, cause);
    }
}
