package rituals.server.http;

/** A request body longer than {@link Exchange#MAX_BODY_BYTES}; the rest of it has been discarded. */
public final class BodyTooLargeException extends Exception {
    public BodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
