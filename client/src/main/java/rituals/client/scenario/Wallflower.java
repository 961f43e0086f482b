package rituals.client.scenario;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import rituals.client.Ending;
import rituals.client.Suitor;

/**
 * Materialises, then falls wholly silent: no AgentUpdate, no acks, no ping answers. OpenSim drops a
 * circuit that has sent nothing for its AckTimeout (60 s) with DisableSimulator; a server that instead just stops
 * talking is caught by the suitor's own simulator timeout. Either way the server let it go, and the verdict says
 * after how long.
 */
public final class Wallflower implements Scenario {
    /** OpenSim's 60 s AckTimeout plus LibreMetaverse's 30 s SimulatorTimeout plus a margin. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(100);

    private final ScenarioTiming timing;

    public Wallflower(ScenarioTiming timing) {
        this.timing = timing;
    }

    @Override
    public String name() {
        return "wallflower";
    }

    @Override
    public String expectation() {
        return "after the agent falls silent, the server lets it go (DisableSimulator, or silence) within "
                + Steps.seconds(timing.waitOr(DEFAULT_WAIT));
    }

    @Override
    public CompletableFuture<Verdict> play(Suitor s) {
        Duration wait = timing.waitOr(DEFAULT_WAIT);
        return Steps.arriveThen(s, timing.phaseTimeout(), () -> {
            long[] stillSince = new long[1];
            return Steps.note(s, "WALLFLOWER", "Disabling Agent Updates (Heartbeat)")
                    .thenCompose(x -> s.heartbeat(false))
                    .thenCompose(x -> s.silent(true))
                    .thenCompose(x -> {
                        stillSince[0] = s.sinceLogin();
                        return Steps.note(s, "WALLFLOWER", "Waiting for server timeout...");
                    })
                    .thenCompose(x -> s.within(s.ended(), wait))
                    .thenApply(ending -> ending.isEmpty()
                            ? Verdict.unmet("the server still held the silent agent after " + Steps.seconds(wait))
                            : judge(ending.get(), stillSince[0]));
        });
    }

    private static Verdict judge(Ending e, long stillSinceMillis) {
        long after = e.atMillis() - stillSinceMillis;
        if (e.reason() == Ending.Reason.DISABLE_SIMULATOR) {
            return Verdict.met("the server sent DisableSimulator " + after + " ms after the agent fell silent");
        }
        if (e.reason() == Ending.Reason.SILENCE) {
            return Verdict.met("the server fell silent; the suitor gave up " + after + " ms after falling silent ("
                    + e.detail() + ")");
        }
        return Verdict.unmet("expected DisableSimulator or silence, got " + Steps.describe(e));
    }
}
