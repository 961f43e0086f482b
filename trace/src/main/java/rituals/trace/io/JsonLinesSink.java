package rituals.trace.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import rituals.trace.TraceEvent;
import rituals.trace.TraceSink;

/**
 * Appends each event to a JSON Lines file as it happens (for {@code serve --ritual-log FILE}): one line per event,
 * flushed at once so the file is readable while the server runs. Probes call it from several threads, so writes are
 * serialised. A failing disk must never break the peer being observed: the first write error stops the log and is
 * kept for {@link #failure()}.
 */
public final class JsonLinesSink implements TraceSink, Closeable {
    private final Writer out;
    private IOException failure;
    private boolean closed;

    public JsonLinesSink(Writer out) {
        this.out = out;
    }

    /** A sink appending to {@code file}, created if absent. */
    public static JsonLinesSink append(Path file) throws IOException {
        return new JsonLinesSink(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    @Override
    public synchronized void accept(TraceEvent event) {
        if (closed || failure != null) {
            return;
        }
        try {
            out.write(JsonLines.line(event));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            failure = e;
        }
    }

    /** The write error that stopped the log, if any. */
    public synchronized Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public synchronized void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }
}
