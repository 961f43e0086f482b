package rituals.client.scenario;

/**
 * A scenario's judgement of the server.
 *
 * @param met      the expectation held
 * @param observed what happened, in one sentence: what did not happen when it was unmet
 */
public record Verdict(boolean met, String observed) {
    public static Verdict met(String observed) {
        return new Verdict(true, observed);
    }

    public static Verdict unmet(String observed) {
        return new Verdict(false, observed);
    }
}
