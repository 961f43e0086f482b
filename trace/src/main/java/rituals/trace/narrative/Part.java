package rituals.trace.narrative;

import java.util.EnumSet;
import java.util.Set;
import rituals.trace.Channel;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/**
 * The five parts of a ritual, in the seeds' order, and which part an event belongs to. The Prologue is not a part:
 * it is built from the SETTINGS events, which no part lists.
 */
public enum Part {
    I,
    II,
    III,
    IV,
    V;

    /** Circuit opening messages (seed: UseCircuitCode and RegionHandshake are "the handshake"). */
    private static final Set<String> HANDSHAKE =
            Set.of("UseCircuitCode", "RegionHandshake", "RegionHandshakeReply", "CompleteAgentMovement");

    /** Drops that refuse a circuit before it opens (the impostor's fate), as opposed to noise mid-stream. */
    private static final Set<String> REFUSALS = Set.of("unknown-circuit-code", "no-circuit", "bad-ids");

    /** Messages that end a circuit. */
    private static final Set<String> PARTING =
            Set.of("LogoutRequest", "LogoutReply", "DisableSimulator", "KickUser", "CloseCircuit");

    /** Circuit-level verdicts that end the ritual. */
    private static final Set<Verb> ENDINGS =
            EnumSet.of(Verb.TIMEOUT, Verb.CLOSE, Verb.EXPIRE, Verb.DISCONNECTED, Verb.KICK, Verb.EXPECT,
                    Verb.INTERRUPTED);

    /** Whether the event sets the scene rather than happening in it (the Prologue's material). */
    public static boolean isSetting(TraceEvent event) {
        return event.verb() == Verb.SETTINGS;
    }

    /** The part an event is told in. */
    public static Part of(TraceEvent event) {
        if (ENDINGS.contains(event.verb())) {
            return V;
        }
        Channel channel = event.channel();
        if (channel == Channel.LOGIN) {
            return I;
        }
        if (channel == Channel.CAPS) {
            return III;
        }
        if (channel == Channel.CIRCUIT) {
            return event.verb() == Verb.OPEN ? II : V;
        }
        if (channel == Channel.UDP) {
            if (HANDSHAKE.contains(event.subject())
                    || event.verb() == Verb.DROP && REFUSALS.contains(event.subject())) {
                return II;
            }
            if (PARTING.contains(event.subject())) {
                return V;
            }
        }
        return IV;
    }
}
