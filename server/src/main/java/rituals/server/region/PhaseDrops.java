package rituals.server.region;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import rituals.protocol.message.Message;

/**
 * Messages dropped because their session's phase does not expect them, by message type and phase. Written by the
 * region loop, read by anyone; counting allocates only the first time a message type is dropped.
 */
public final class PhaseDrops {
    private final Map<Class<?>, AtomicLongArray> counts = new ConcurrentHashMap<>();

    void count(Class<? extends Message> type, Phase phase) {
        counts.computeIfAbsent(type, t -> new AtomicLongArray(Phase.values().length)).incrementAndGet(phase.ordinal());
    }

    /** How many {@code message}s (the simple name, e.g. "AgentUpdate") were dropped in {@code phase}. */
    public long count(String message, Phase phase) {
        for (Map.Entry<Class<?>, AtomicLongArray> e : counts.entrySet()) {
            if (e.getKey().getSimpleName().equals(message)) {
                return e.getValue().get(phase.ordinal());
            }
        }
        return 0;
    }

    /** Every non-zero count, keyed "Message in phase", e.g. "AgentUpdate in circuit-open". */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((type, byPhase) -> {
            for (Phase p : Phase.values()) {
                long n = byPhase.get(p.ordinal());
                if (n > 0) {
                    out.put(type.getSimpleName() + " in " + p.wire(), n);
                }
            }
        });
        return out;
    }
}
