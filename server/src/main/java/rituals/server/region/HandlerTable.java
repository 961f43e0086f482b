package rituals.server.region;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import rituals.protocol.message.Message;

/**
 * Which handler takes a message in which phase, as one table: a message is looked up by its type, and runs only if
 * the session's phase is among those its row lists. Looking up costs a hash probe and a bit test, nothing
 * allocated, so every datagram can go through it.
 */
final class HandlerTable {
    /** One message type's handling. */
    @FunctionalInterface
    interface Handler<M extends Message> {
        void handle(AgentSession s, M message, long now);
    }

    /** What became of a message. */
    enum Outcome {
        HANDLED,
        /** Its type has a row, but not for the session's phase. */
        WRONG_PHASE,
        /** No row: a message this venue does not handle in any phase (ignored, as OpenSim ignores one). */
        UNHANDLED
    }

    private record Row(Set<Phase> phases, Handler<Message> handler) {}

    private final Map<Class<? extends Message>, Row> rows = new HashMap<>();

    /** Adds the row of {@code type}: {@code handler} runs in these phases only. */
    @SuppressWarnings("unchecked")
    <M extends Message> HandlerTable on(Class<M> type, Set<Phase> phases, Handler<? super M> handler) {
        if (rows.putIfAbsent(type, new Row(EnumSet.copyOf(phases), (Handler<Message>) handler)) != null) {
            throw new IllegalStateException(type.getSimpleName() + " has two rows");
        }
        return this;
    }

    Outcome dispatch(AgentSession s, Message m, long now) {
        Row row = rows.get(m.getClass());
        if (row == null) {
            return Outcome.UNHANDLED;
        }
        if (!row.phases.contains(s.phase)) {
            return Outcome.WRONG_PHASE;
        }
        row.handler.handle(s, m, now);
        return Outcome.HANDLED;
    }
}
