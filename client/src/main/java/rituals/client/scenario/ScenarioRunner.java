package rituals.client.scenario;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import rituals.client.ClientRuntime;
import rituals.client.Credentials;
import rituals.client.Suitor;
import rituals.client.SuitorSettings;
import rituals.trace.Channel;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * Plays one scenario with a fresh suitor: builds the suitor, plays, records the verdict as a BEHAVIOR EXPECT probe,
 * makes sure the suitor has ended (leaving without a word if the scenario did not end it), and collects the result.
 */
public final class ScenarioRunner {
    private ScenarioRunner() {}

    public static CompletableFuture<ScenarioResult> run(ClientRuntime runtime, Scenario scenario, Credentials credentials,
            SuitorSettings settings, Probe probe) {
        return run(runtime, scenario, credentials, settings, probe, s -> { });
    }

    /** Plays and collects the result; {@code watcher} sees the suitor before it starts (progress, Ctrl-C). */
    public static CompletableFuture<ScenarioResult> run(ClientRuntime runtime, Scenario scenario, Credentials credentials,
            SuitorSettings settings, Probe probe, Consumer<Suitor> watcher) {
        Suitor[] played = new Suitor[1];
        return play(runtime, scenario, credentials, settings, probe, s -> {
            played[0] = s;
            watcher.accept(s);
        })
                .thenCompose(verdict -> played[0].report()
                        .thenApply(report -> new ScenarioResult(scenario.name(), scenario.expectation(), verdict,
                                report)));
    }

    /**
     * Plays without collecting a report (a crowd of thousands has no use for each one's height map): the verdict
     * completes once the suitor has ended. {@code watcher} sees the suitor before it starts, to follow its
     * milestones.
     */
    public static CompletableFuture<Verdict> play(ClientRuntime runtime, Scenario scenario, Credentials credentials,
            SuitorSettings settings, Probe probe, Consumer<Suitor> watcher) {
        Suitor suitor = new Suitor(runtime, scenario.credentials(credentials), settings, probe, scenario.name());
        watcher.accept(suitor);
        CompletableFuture<Verdict> played;
        try {
            played = scenario.play(suitor);
        } catch (RuntimeException e) {
            played = CompletableFuture.failedFuture(e);
        }
        return played
                .exceptionally(e -> Verdict.unmet("the scenario failed: " + rootMessage(e)))
                .thenCompose(verdict -> suitor.onLoop(() -> {
                    if (probe.on()) {
                        probe.emit(Channel.BEHAVIOR, Verb.EXPECT, verdict.met() ? "MET" : "UNMET", -1, "Expectation",
                                scenario.expectation(), "Observed", verdict.observed());
                    }
                    return verdict;
                }))
                .thenCompose(verdict -> suitor.leave("scenario over").thenApply(ending -> verdict));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
