package rituals.trace.io;

import java.io.IOException;

/** A JSON Lines trace that cannot be read back: names the line and what is wrong with it. */
public final class TraceFormatException extends IOException {
    public TraceFormatException(String message) {
        super(message);
    }

    public TraceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
