package rituals.trace.io;

import java.io.BufferedReader;
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

    /**
     * A sink appending to {@code file}: a new or empty file starts with {@code header}; an existing trace is appended
     * to only if it has this build's schema, so one file never mixes two.
     */
    public static JsonLinesSink append(Path file, TraceHeader header) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        if (!fresh) {
            String first;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                first = in.readLine();
            }
            try {
                int version = JsonLines.parseHeader(first == null ? "" : first).version();
                if (version != TraceHeader.VERSION) {
                    throw new TraceFormatException("it has trace schema version " + version);
                }
            } catch (TraceFormatException e) {
                throw new IOException("cannot append to " + file + ": " + e.getMessage()
                        + "; name a new file (this rituals writes schema version " + TraceHeader.VERSION + ")");
            }
        }
        JsonLinesSink sink = new JsonLinesSink(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
        if (fresh) {
            sink.write(JsonLines.line(header));
        }
        return sink;
    }

    @Override
    public void accept(TraceEvent event) {
        write(JsonLines.line(event));
    }

    private synchronized void write(String line) {
        if (closed || failure != null) {
            return;
        }
        try {
            out.write(line);
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
