package rituals.client.scenario;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import rituals.client.Suitor;

/**
 * Logs in, then presents a wrong circuit code. OpenSim acks UseCircuitCode before it validates it, then ignores the
 * circuit: no RegionHandshake ever comes, even after CompleteAgentMovement (which the impostor sends too, so the
 * absence of a handshake proves something).
 */
public final class Impostor implements Scenario {
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final ScenarioTiming timing;

    public Impostor(ScenarioTiming timing) {
        this.timing = timing;
    }

    @Override
    public String name() {
        return "impostor";
    }

    @Override
    public String expectation() {
        return "a UseCircuitCode with a wrong circuit code is acked and then ignored: no RegionHandshake within "
                + Steps.seconds(timing.waitOr(DEFAULT_WAIT));
    }

    /** A code that is certainly not the provisioned one, and still a non-negative 31-bit number like OpenSim's. */
    static long forge(long code) {
        return (code ^ 0x2A5A5A5AL) & 0x7FFFFFFFL;
    }

    @Override
    public CompletableFuture<Verdict> play(Suitor s) {
        Duration wait = timing.waitOr(DEFAULT_WAIT);
        return Steps.loginThen(s, reply -> {
            long forged = forge(reply.circuitCode());
            return Steps.note(s, "IMPOSTOR", "Presenting circuit code " + forged + " instead of " + reply.circuitCode())
                    .thenCompose(x -> s.within(s.connect(forged), wait))
                    .thenCompose(acked -> {
                        if (acked.isEmpty()) {
                            return CompletableFuture.completedFuture(
                                    Verdict.unmet("the forged UseCircuitCode was not acked within " + Steps.seconds(wait)));
                        }
                        return s.within(s.regionHandshake(), wait).thenApply(handshake -> handshake.isPresent()
                                ? Verdict.unmet("the server sent RegionHandshake to a forged circuit code")
                                : Verdict.met("UseCircuitCode acked, then no RegionHandshake for "
                                        + Steps.seconds(wait)));
                    });
        });
    }
}
