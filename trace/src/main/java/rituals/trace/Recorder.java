package rituals.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Merges every side into one ordered timeline: the server's, the client's and an observer's probes share one sequence
 * counter and one clock, so the order of {@link #timeline()} is the order in which the signals were observed.
 */
public final class Recorder implements TraceSink {
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final long originNanos;
    private final long startedEpochMillis;
    private final ConcurrentLinkedQueue<TraceEvent> events = new ConcurrentLinkedQueue<>();

    public Recorder(Clock clock) {
        this.clock = clock;
        this.originNanos = clock.nanos();
        this.startedEpochMillis = clock.epochMillis();
    }

    /** Wall-clock time the recording started, for a trace file's header. */
    public long startedEpochMillis() {
        return startedEpochMillis;
    }

    public Probe probe(Side side) {
        return new Probe(side, this, clock, sequence, originNanos, Scope.NONE);
    }

    @Override
    public void accept(TraceEvent event) {
        events.add(event);
    }

    /** Everything recorded so far, in sequence order. */
    public List<TraceEvent> timeline() {
        List<TraceEvent> list = new ArrayList<>(events);
        list.sort(Comparator.comparingLong(TraceEvent::seq));
        return list;
    }
}
