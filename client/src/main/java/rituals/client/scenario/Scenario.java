package rituals.client.scenario;

import java.util.concurrent.CompletableFuture;
import rituals.client.Credentials;
import rituals.client.Suitor;

/**
 * A behaviour the suitor plays against a server, and what it expects of the server in return. Scenarios compose the
 * suitor's futures instead of blocking a thread, so a crowd can play thousands on the shared runtime.
 */
public interface Scenario {
    /** The registry name, e.g. {@code wallflower}. */
    String name();

    /** What the scenario expects of the server, in one sentence. */
    String expectation();

    /** The credentials to log in with; the jilted suitor spoils the password. */
    default Credentials credentials(Credentials given) {
        return given;
    }

    /** Plays the scenario and judges the server. Never fails: every problem is an unmet verdict. */
    CompletableFuture<Verdict> play(Suitor suitor);
}
