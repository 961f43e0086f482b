package rituals.server.udp;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.UUID;
import rituals.protocol.message.Message;

/**
 * The AgentID and SessionID a message claims, for the messages whose first block is {@code AgentData {AgentID,
 * SessionID, …}}: OpenSim validates exactly those against the circuit (OMV's NeedValidateIDs) and drops a mismatch.
 * Found by reflection once per message type, so a new message record needs no entry here.
 */
public final class AgentIds {
    /** The claim of one message. */
    public record Claim(UUID agentID, UUID sessionID) {}

    private static final ClassValue<Extractor> EXTRACTORS = new ClassValue<>() {
        @Override
        protected Extractor computeValue(Class<?> type) {
            return Extractor.of(type);
        }
    };

    private AgentIds() {}

    /** The ids the message claims, or null when its first block carries none. */
    public static Claim of(Message message) {
        return EXTRACTORS.get(message.getClass()).extract(message);
    }

    private record Extractor(MethodHandle block, MethodHandle agent, MethodHandle session) {
        static final Extractor NONE = new Extractor(null, null, null);

        static Extractor of(Class<?> type) {
            RecordComponent[] top = type.getRecordComponents();
            if (top == null || top.length == 0 || !top[0].getType().isRecord()) {
                return NONE;
            }
            RecordComponent[] inner = top[0].getType().getRecordComponents();
            if (inner.length < 2 || !inner[0].getName().equals("agentID") || !inner[1].getName().equals("sessionID")
                    || inner[0].getType() != UUID.class || inner[1].getType() != UUID.class) {
                return NONE;
            }
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                return new Extractor(lookup.unreflect(top[0].getAccessor()), lookup.unreflect(inner[0].getAccessor()),
                        lookup.unreflect(inner[1].getAccessor()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("message record " + type.getName() + " is not public", e);
            }
        }

        Claim extract(Message message) {
            if (block == null) {
                return null;
            }
            try {
                Object b = block.invoke(message);
                return b == null ? null : new Claim((UUID) agent.invoke(b), (UUID) session.invoke(b));
            } catch (Throwable e) {
                throw new IllegalStateException("reading AgentData of " + message.getClass().getSimpleName(), e);
            }
        }
    }
}
