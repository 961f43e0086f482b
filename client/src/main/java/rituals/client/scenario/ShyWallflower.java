package rituals.client.scenario;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import rituals.client.Suitor;

/**
 * Materialises and stops the heartbeat, but still acks and answers pings. OpenSim's timeout counts any datagram, not
 * AgentUpdate (captures: libomv-wallflower-120s), so the server should tolerate it for the whole wait; then it logs
 * out politely.
 */
public final class ShyWallflower implements Scenario {
    /** Longer than OpenSim's 60 s AckTimeout, so a server that times out on missing AgentUpdate is caught. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(90);

    private final ScenarioTiming timing;

    public ShyWallflower(ScenarioTiming timing) {
        this.timing = timing;
    }

    @Override
    public String name() {
        return "shy-wallflower";
    }

    @Override
    public String expectation() {
        return "an agent that sends no AgentUpdate but still acks and answers pings is tolerated for "
                + Steps.seconds(timing.waitOr(DEFAULT_WAIT));
    }

    @Override
    public CompletableFuture<Verdict> play(Suitor s) {
        Duration wait = timing.waitOr(DEFAULT_WAIT);
        return Steps.arriveThen(s, timing.phaseTimeout(), () -> {
            return Steps.note(s, "SHY-WALLFLOWER", "Disabling Agent Updates (Heartbeat)")
                    .thenCompose(x -> s.heartbeat(false))
                    .thenCompose(x -> Steps.note(s, "SHY-WALLFLOWER",
                            "Still acking and answering pings for " + Steps.seconds(wait)))
                    .thenCompose(x -> s.within(s.ended(), wait))
                    .thenCompose(ending -> {
                        if (ending.isPresent()) {
                            return CompletableFuture.completedFuture(Verdict.unmet("the server let the agent go "
                                    + "while it still acked and answered pings: " + Steps.describe(ending.get())));
                        }
                        return s.logout().thenApply(e -> Verdict.met("tolerated for " + Steps.seconds(wait)
                                + " without AgentUpdate; then " + Steps.describe(e)));
                    });
        });
    }
}
