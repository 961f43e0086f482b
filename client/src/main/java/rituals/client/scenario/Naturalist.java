package rituals.client.scenario;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import rituals.client.Ending;
import rituals.client.Suitor;

/** Logs in, materialises, lingers, and logs out gracefully: the ritual as a well-behaved viewer performs it. */
public final class Naturalist implements Scenario {
    private final ScenarioTiming timing;

    public Naturalist(ScenarioTiming timing) {
        this.timing = timing;
    }

    @Override
    public String name() {
        return "naturalist";
    }

    @Override
    public String expectation() {
        return "the server lets the agent arrive (RegionHandshake, AgentMovementComplete), keeps it for "
                + Steps.seconds(timing.lingerOrDefault()) + " and answers LogoutRequest with LogoutReply";
    }

    @Override
    public CompletableFuture<Verdict> play(Suitor s) {
        Duration linger = timing.lingerOrDefault();
        return Steps.arriveThen(s, timing.phaseTimeout(), () -> {
            return Steps.note(s, "NATURALIST", "Lingering for " + Steps.seconds(linger))
                    .thenCompose(x -> s.within(s.ended(), linger))
                    .thenCompose(early -> {
                        if (early.isPresent()) {
                            return CompletableFuture.completedFuture(Verdict.unmet(
                                    "the server ended the ritual while the agent lingered: "
                                            + Steps.describe(early.get())));
                        }
                        return s.logout().thenApply(Naturalist::judgeLogout);
                    });
        });
    }

    private static Verdict judgeLogout(Ending e) {
        if (e.reason() == Ending.Reason.LOGGED_OUT) {
            return Verdict.met("arrived, lingered and logged out gracefully: " + Steps.describe(e));
        }
        return Verdict.unmet("no graceful logout: " + Steps.describe(e));
    }
}
