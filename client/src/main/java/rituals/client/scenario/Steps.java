package rituals.client.scenario;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import rituals.client.Ending;
import rituals.client.Suitor;
import rituals.client.login.LoginOutcome;
import rituals.protocol.login.LoginSuccess;
import rituals.trace.Channel;
import rituals.trace.Verb;

/** The steps several scenarios share: logging in, arriving in the region, and noting a behaviour. */
final class Steps {
    private Steps() {}

    /**
     * Logs in, opens the circuit and waits for RegionHandshake and AgentMovementComplete, each step within
     * {@code limit}. Completes with empty when the agent has arrived, or with what did not happen.
     */
    static CompletableFuture<Optional<String>> materialise(Suitor s, Duration limit) {
        return s.login().thenCompose(outcome -> {
            if (!outcome.success()) {
                return done(loginFailed(outcome));
            }
            return s.within(s.connect(), limit).thenCompose(acked -> {
                if (acked.isEmpty()) {
                    return done(endedOr(s, "UseCircuitCode was not acked within " + seconds(limit)));
                }
                return s.within(s.regionHandshake(), limit).thenCompose(handshake -> {
                    if (handshake.isEmpty()) {
                        return done(endedOr(s, "no RegionHandshake within " + seconds(limit)
                                + " of UseCircuitCode being acked"));
                    }
                    return s.within(s.agentMovementComplete(), limit).thenApply(moved -> moved.isPresent()
                            ? Optional.<String>empty()
                            : Optional.of(endedOr(s, "no AgentMovementComplete within " + seconds(limit))));
                });
            });
        });
    }

    /** Arrives ({@link #materialise}), then plays {@code then}; an arrival that failed is the verdict. */
    static CompletableFuture<Verdict> arriveThen(Suitor s, Duration limit, Supplier<CompletableFuture<Verdict>> then) {
        return materialise(s, limit).thenCompose(failure -> failure.isPresent()
                ? CompletableFuture.completedFuture(Verdict.unmet(failure.get()))
                : then.get());
    }

    /** Logs in, then plays {@code then} with the login reply; a refused or failed login is the verdict. */
    static CompletableFuture<Verdict> loginThen(Suitor s, Function<LoginSuccess, CompletableFuture<Verdict>> then) {
        return s.login().thenCompose(outcome -> outcome.success()
                ? then.apply(outcome.reply())
                : CompletableFuture.completedFuture(Verdict.unmet(loginFailed(outcome))));
    }

    private static String loginFailed(LoginOutcome outcome) {
        return "login failed (" + outcome.reason() + "): " + outcome.message();
    }

    /** Emits a BEHAVIOR note on the loop: {@code [CLIENT] [BEHAVIOR] VERB (Note: ...)}. */
    static CompletableFuture<Void> note(Suitor s, String verb, String note) {
        return s.onLoop(() -> {
            if (s.probe().on()) {
                s.probe().emit(Channel.BEHAVIOR, Verb.NOTE, verb, -1, "Note", note);
            }
            return null;
        });
    }

    /** How the suitor's ending reads in a verdict. */
    static String describe(Ending e) {
        return e.reason().probeName() + (e.detail().isEmpty() ? "" : " (" + e.detail() + ")") + " at "
                + e.atMillis() + " ms";
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String endedOr(Suitor s, String otherwise) {
        Ending e = s.ended().getNow(null);
        return e == null ? otherwise : otherwise + "; the ritual ended: " + describe(e);
    }

    private static CompletableFuture<Optional<String>> done(String failure) {
        return CompletableFuture.completedFuture(Optional.of(failure));
    }
}
