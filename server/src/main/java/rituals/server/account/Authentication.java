package rituals.server.account;

import java.util.Optional;

/**
 * The outcome of checking a name and password. Both refusals give the client the same answer (OpenSim does not
 * tell an unknown user from a wrong password); the distinction is for the server's log.
 *
 * @param account the matched account, when {@link #refusal} is empty
 * @param refusal "user not found" or "wrong password", or empty on success
 */
public record Authentication(Optional<Account> account, String refusal) {
    static Authentication success(Account account) {
        return new Authentication(Optional.of(account), "");
    }

    static Authentication refused(String why) {
        return new Authentication(Optional.empty(), why);
    }

    public boolean succeeded() {
        return account.isPresent();
    }
}
