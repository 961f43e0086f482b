package rituals.client.scenario;

import java.util.concurrent.CompletableFuture;
import rituals.client.Credentials;
import rituals.client.Suitor;

/** Presents a wrong password; the server must refuse the login with reason {@code key}, as OpenSim does. */
public final class Jilted implements Scenario {
    @Override
    public String name() {
        return "jilted";
    }

    @Override
    public String expectation() {
        return "a wrong password is refused with a login failure of reason 'key'";
    }

    @Override
    public Credentials credentials(Credentials given) {
        return given.withPassword("jilted-" + given.password());
    }

    @Override
    public CompletableFuture<Verdict> play(Suitor s) {
        return s.login().thenApply(outcome -> {
            if (outcome.success()) {
                return Verdict.unmet("the server accepted a wrong password");
            }
            String seen = "login refused, reason '" + outcome.reason() + "': " + outcome.message();
            return "key".equals(outcome.reason()) ? Verdict.met(seen) : Verdict.unmet("expected reason 'key'; " + seen);
        });
    }
}
