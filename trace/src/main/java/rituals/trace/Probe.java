package rituals.trace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A benign probe for one side, handed to the few named junctions that may observe (see docs/ARCHITECTURE.md). It
 * records facts and never formats prose. Call sites guard with {@link #on()} so that a probe nobody listens to costs
 * one field read:
 *
 * <pre>{@code if (probe.on()) probe.emit(Channel.UDP, Verb.RECV, "UseCircuitCode", size, "CircuitCode", code); }</pre>
 *
 * A probe may be narrowed to a {@link Scope} (region, circuit, agent) once, where that is known, and handed on: every
 * event it records then names them, so a log of many agents reads apart.
 */
public final class Probe {
    private static final Probe OFF_SERVER = off(Side.SERVER, Scope.NONE);
    private static final Probe OFF_CLIENT = off(Side.CLIENT, Scope.NONE);
    private static final Probe OFF_OBSERVER = off(Side.OBSERVER, Scope.NONE);

    private final Side side;
    private final TraceSink sink;
    private final Clock clock;
    private final AtomicLong sequence;
    private final long originNanos;
    private final Scope scope;
    private final boolean on;

    Probe(Side side, TraceSink sink, Clock clock, AtomicLong sequence, long originNanos, Scope scope) {
        this.side = side;
        this.sink = sink;
        this.clock = clock;
        this.sequence = sequence;
        this.originNanos = originNanos;
        this.scope = scope;
        this.on = sink != TraceSink.NONE;
    }

    private static Probe off(Side side, Scope scope) {
        return new Probe(side, TraceSink.NONE, Clock.system(), new AtomicLong(), 0, scope);
    }

    /** A probe that records nothing. */
    public static Probe off(Side side) {
        switch (side) {
            case SERVER:
                return OFF_SERVER;
            case CLIENT:
                return OFF_CLIENT;
            default:
                return OFF_OBSERVER;
        }
    }

    /** A probe of its own (one side recorded alone), timed from now. */
    public static Probe to(Side side, TraceSink sink, Clock clock) {
        return new Probe(side, sink, clock, new AtomicLong(), clock.nanos(), Scope.NONE);
    }

    public boolean on() {
        return on;
    }

    public Side side() {
        return side;
    }

    public Scope scope() {
        return scope;
    }

    /** The same probe (one timeline, one sequence) whose events name {@code scope}; an off probe stays as it is. */
    public Probe scoped(Scope scope) {
        if (!on) {
            return this; // costs nothing on the hot paths of an unobserved run
        }
        return new Probe(side, sink, clock, sequence, originNanos, scope);
    }

    /** This probe's events also name the region. */
    public Probe inRegion(String name, long handle) {
        return scoped(scope.inRegion(name, handle));
    }

    /** This probe's events also name the circuit and its agent. */
    public Probe onCircuit(long code, String agent, Object agentId) {
        return scoped(scope.onCircuit(code).ofAgent(agent, agentId));
    }

    /**
     * Records one event. {@code keyValues} alternate fact names and values; values are turned into strings with
     * {@code String.valueOf}.
     */
    public void emit(Channel channel, Verb verb, String subject, int size, Object... keyValues) {
        if (!on) {
            return;
        }
        Map<String, String> facts = facts(keyValues);
        long seq = sequence.incrementAndGet();
        sink.accept(TraceEvent.of(seq, clock.nanos() - originNanos, side, channel, verb, subject, size, scope, facts));
    }

    /**
     * Records one event between two named parties: for a probe that sits between the peers (an observer relaying a
     * region's datagram to the client), where the side alone cannot say who sent what to whom.
     */
    public void emitBetween(Party from, Party to, Channel channel, Verb verb, String subject, int size,
            Object... keyValues) {
        if (!on) {
            return;
        }
        Map<String, String> facts = facts(keyValues);
        long seq = sequence.incrementAndGet();
        sink.accept(new TraceEvent(seq, clock.nanos() - originNanos, side, channel, verb, subject, size, from, to,
                scope, facts));
    }

    private static Map<String, String> facts(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name/value pairs: " + keyValues.length + " items");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            facts.put(String.valueOf(keyValues[i]), String.valueOf(keyValues[i + 1]));
        }
        return facts;
    }
}
