package rituals.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rituals.protocol.login.LoginFailure;
import rituals.server.login.LoginThrottle;
import rituals.server.testing.LogCapture;

/** Password guessing over loopback: guesses past the first few are refused unchecked, other accounts log in. */
class BruteForceIT extends VenueFixture {
    static final int GUESSES = 40;

    @BeforeEach
    void createOtherAccount() throws Exception {
        venue.accounts.create("Other", "User", "secret");
    }

    String login(String first, String password) {
        return venue.loginAs(first, password);
    }

    @Test
    void guessesAreThrottledAndTheRightPasswordWaitsToo() {
        try (LogCapture log = new LogCapture(LoginThrottle.class)) {
            int checked = 0;
            for (int i = 0; i < GUESSES; i++) {
                String reply = login("Test", "guess" + i);
                assertThat(LoginIT.xmlRpcValue(reply, "login")).isEqualTo("false");
                if (reply.contains(LoginFailure.badCredentials().message())) {
                    checked++;
                }
            }
            // Three free failures, then each one closes the account for a second or more: a fast loop gets one
            // or two more checked, never forty.
            assertThat(checked).isBetween(4, 6);
            // The right password now is refused too, unchecked: guessing cannot find it faster than the throttle.
            String right = login("Test", "password");
            assertThat(LoginIT.xmlRpcValue(right, "login")).isEqualTo("false");
            assertThat(right).contains("Too many failed logins");
            assertThat(log.lines).filteredOn(l -> l.contains("Throttling logins for account test user")).hasSize(1);
            // Another account logs in from the same address meanwhile.
            assertThat(LoginIT.xmlRpcValue(login("Other", "secret"), "login")).isEqualTo("true");
        }
    }
}
