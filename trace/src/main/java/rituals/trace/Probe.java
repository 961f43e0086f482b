package rituals.trace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benign probe for one side, handed to the few named junctions that may observe (see docs/ARCHITECTURE.md). It
 * records facts and never formats prose. Call sites guard with {@link #on()} so that a probe nobody listens to costs
 * one field read:
 *
 * <pre>{@code if (probe.on()) probe.emit(Channel.UDP, "RECV", "UseCircuitCode", size, "CircuitCode", code); }</pre>
 */
public final class Probe {
    private static final Probe OFF_SERVER = new Probe(Side.SERVER, TraceSink.NONE, Clock.system(), new AtomicLong(), 0);
    private static final Probe OFF_CLIENT = new Probe(Side.CLIENT, TraceSink.NONE, Clock.system(), new AtomicLong(), 0);

    private final Side side;
    private final TraceSink sink;
    private final Clock clock;
    private final AtomicLong sequence;
    private final long originNanos;
    private final boolean on;

    Probe(Side side, TraceSink sink, Clock clock, AtomicLong sequence, long originNanos) {
        this.side = side;
        this.sink = sink;
        this.clock = clock;
        this.sequence = sequence;
        this.originNanos = originNanos;
        this.on = sink != TraceSink.NONE;
    }

    /** A probe that records nothing. */
    public static Probe off(Side side) {
        return side == Side.SERVER ? OFF_SERVER : OFF_CLIENT;
    }

    /** A probe of its own (one side recorded alone), timed from now. */
    public static Probe to(Side side, TraceSink sink, Clock clock) {
        return new Probe(side, sink, clock, new AtomicLong(), clock.nanos());
    }

    public boolean on() {
        return on;
    }

    public Side side() {
        return side;
    }

    /**
     * Records one event. {@code keyValues} alternate fact names and values; values are turned into strings with
     * {@code String.valueOf}.
     */
    public void emit(Channel channel, String event, String subject, int size, Object... keyValues) {
        if (!on) {
            return;
        }
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name/value pairs: " + keyValues.length + " items");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            facts.put(String.valueOf(keyValues[i]), String.valueOf(keyValues[i + 1]));
        }
        long seq = sequence.incrementAndGet();
        sink.accept(new TraceEvent(seq, clock.nanos() - originNanos, side, channel, event, subject, size, facts));
    }
}
