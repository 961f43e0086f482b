package rituals.client.scenario;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import rituals.client.Suitor;

/**
 * Logs in and never opens the circuit. The server should expire the provisioned circuit; the client cannot see
 * that (it has no circuit to hear it on), so it reports that it stayed away and the server's trace tells the rest.
 */
public final class Ghost implements Scenario {
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    private final ScenarioTiming timing;

    public Ghost(ScenarioTiming timing) {
        this.timing = timing;
    }

    @Override
    public String name() {
        return "ghost";
    }

    @Override
    public String expectation() {
        return "the login succeeds; the ghost never opens its circuit for " + Steps.seconds(timing.waitOr(DEFAULT_WAIT))
                + " and the server expires it (visible in the server's own trace)";
    }

    @Override
    public CompletableFuture<Verdict> play(Suitor s) {
        Duration wait = timing.waitOr(DEFAULT_WAIT);
        return Steps.loginThen(s, reply -> {
            long code = reply.circuitCode();
            return Steps.note(s, "GHOST", "Never opening circuit " + code)
                    .thenCompose(x -> s.after(wait))
                    .thenCompose(x -> s.leave("stayed away for " + Steps.seconds(wait)))
                    .thenApply(e -> Verdict.met("logged in, then stayed away from circuit " + code + " for "
                            + Steps.seconds(wait)));
        });
    }
}
