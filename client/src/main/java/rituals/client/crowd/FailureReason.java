package rituals.client.crowd;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionException;
import rituals.client.Ending;
import rituals.client.scenario.Verdict;

/**
 * Why an agent's scenario failed, as a short key that agents failing the same way share: numbers (times, ids,
 * ports) are masked so that "no LogoutReply within 5000 ms at 12034 ms" and "... at 12107 ms" count together.
 */
final class FailureReason {
    static final String DROPPED = "dropped by the server: ";
    /** Endings the server (or its silence) chose, not the scenario. */
    static final Set<Ending.Reason> SERVER_ENDINGS =
            EnumSet.of(Ending.Reason.DISABLE_SIMULATOR, Ending.Reason.KICK_USER, Ending.Reason.SILENCE);
    private static final int MAX_LENGTH = 120;

    private FailureReason() {}

    /**
     * @param ending  how the suitor ended (null if it never did)
     * @param arrived whether AgentMovementComplete had arrived
     */
    static String of(Verdict verdict, Throwable error, Ending ending, boolean arrived) {
        if (error != null) {
            Throwable t = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            return mask("crowd error: " + t);
        }
        if (ending != null && ending.reason() == Ending.Reason.LOGIN_FAILED) {
            return mask("login failed: " + ending.detail());
        }
        if (!arrived) {
            return mask("never in world: " + verdict.observed());
        }
        if (ending != null && SERVER_ENDINGS.contains(ending.reason())) {
            return mask(DROPPED + ending.reason().probeName()
                    + (ending.reason() == Ending.Reason.KICK_USER ? " (" + ending.detail() + ")" : ""));
        }
        return mask("expectation unmet: " + verdict.observed());
    }

    static String mask(String text) {
        String masked = text.replaceAll("\\d+", "#");
        return masked.length() <= MAX_LENGTH ? masked : masked.substring(0, MAX_LENGTH - 1) + "…";
    }
}
