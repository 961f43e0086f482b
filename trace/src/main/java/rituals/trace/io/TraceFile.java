package rituals.trace.io;

import java.util.List;
import rituals.trace.TraceEvent;

/** A trace read back: its header and its events in file order. */
public record TraceFile(TraceHeader header, List<TraceEvent> events) {
    public TraceFile {
        events = List.copyOf(events);
    }
}
