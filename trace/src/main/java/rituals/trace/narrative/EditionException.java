package rituals.trace.narrative;

/** An edition that cannot be used: unknown name, unreadable resource, or a phrasebook missing required phrases. */
public final class EditionException extends RuntimeException {
    public EditionException(String message) {
        super(message);
    }

    public EditionException(String message, Throwable cause) {
        super(message, cause);
    }
}
