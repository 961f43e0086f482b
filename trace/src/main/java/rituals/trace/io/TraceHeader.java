package rituals.trace.io;

import java.time.Instant;

/**
 * The first record of a JSON Lines trace: which schema the events follow, when the recording started (wall clock,
 * ISO-8601), which tool wrote it and who recorded it (e.g. {@code perform wallflower}, {@code serve --ritual-log}).
 */
public record TraceHeader(int version, String started, String tool, String recordedBy) {
    /** The schema this build writes: 2 added the header, verbs as a closed set, from/to parties and the scope. */
    public static final int VERSION = 2;
    /** The value of the header's {@code schema} field, which tells a trace from any other JSON Lines file. */
    public static final String SCHEMA = "rituals-trace";

    /** A header for a recording by this build, started at {@code startedEpochMillis}. */
    public static TraceHeader now(long startedEpochMillis, String tool, String recordedBy) {
        return new TraceHeader(VERSION, Instant.ofEpochMilli(startedEpochMillis).toString(), tool, recordedBy);
    }

    /** What a file written before headers existed (schema 1) is read as. */
    static TraceHeader legacy() {
        return new TraceHeader(1, "", "", "");
    }
}
