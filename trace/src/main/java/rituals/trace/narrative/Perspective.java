package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Party;
import rituals.trace.Verb;

/**
 * Tells each datagram once. When both sides were recorded, one datagram shows up twice: SEND on the sender's side and
 * RECV on the other, with the same message and Sequence. The seeds tell the circuit's own business from the server's
 * side (it validates, it places the avatar) and the world's content from the client's side (what it sees arrive), so
 * that is the view kept; the other is dropped. UDP events without a Sequence fact are never paired.
 *
 * <p>HTTP capability calls carry no sequence; when the server recorded a capability's requests (or replies), its view
 * tells them and the client's matching SEND (or RECV) events are dropped.
 */
final class Perspective {
    /** What the world shows the client: told as the client received it. */
    private static final Set<String> WORLD_CONTENT = Set.of(
            "ObjectUpdate", "ObjectUpdateCompressed", "ObjectUpdateCached", "ImprovedTerseObjectUpdate",
            "KillObject", "LayerData", "AvatarAppearance", "AvatarAnimation", "CoarseLocationUpdate",
            "ParcelOverlay", "SimulatorViewerTimeMessage", "SimStats");

    private Perspective() {}

    /**
     * The events to tell. {@code agentOf} names each event's agent: the same datagram or call of two agents is never
     * paired, but an event whose probe did not know its agent yet (the server's first UseCircuitCode) pairs with
     * either.
     */
    static List<TraceEvent> tellOnce(List<TraceEvent> events, Function<TraceEvent, String> agentOf) {
        Map<String, List<TraceEvent>> byDatagram = new HashMap<>();
        Map<String, Set<String>> serverCallAgents = new HashMap<>();
        for (TraceEvent e : events) {
            String id = datagram(e);
            if (id != null) {
                byDatagram.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
            }
            String call = call(e);
            if (call != null && e.side() == Side.SERVER) {
                serverCallAgents.computeIfAbsent(call, k -> new HashSet<>()).add(agentOf.apply(e));
            }
        }
        List<TraceEvent> told = new ArrayList<>(events.size());
        for (TraceEvent e : events) {
            String id = datagram(e);
            String agent = agentOf.apply(e);
            boolean seenByBoth = id != null && byDatagram.get(id).stream()
                    .anyMatch(o -> o.verb() != e.verb() && sameAgent(agent, agentOf.apply(o)));
            Set<String> callers = serverCallAgents.get(call(e));
            boolean toldByServer = e.side() == Side.CLIENT && callers != null
                    && callers.stream().anyMatch(a -> sameAgent(agent, a));
            if ((!seenByBoth || e.side() == preferred(e.subject())) && !toldByServer) {
                told.add(e);
            }
        }
        return told;
    }

    /** Two events may concern the same agent: both name it, or one of them names none. */
    private static boolean sameAgent(String a, String b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    /** "request|Seed" or "reply|Seed" for a capability SEND or RECV; null otherwise. */
    private static String call(TraceEvent e) {
        if (e.channel() != Channel.CAPS) {
            return null;
        }
        if (e.verb() != Verb.SEND && e.verb() != Verb.RECV) {
            return null;
        }
        boolean request = e.to().role() == Party.Role.CAPS;
        return (request ? "request|" : "reply|") + e.subject();
    }

    private static Side preferred(String message) {
        return WORLD_CONTENT.contains(message) ? Side.CLIENT : Side.SERVER;
    }

    /** "sender role|message|sequence" for a UDP SEND or RECV that carries its Sequence; null otherwise. */
    private static String datagram(TraceEvent e) {
        String sequence = e.fact("Sequence");
        if (e.channel() != Channel.UDP || sequence == null) {
            return null;
        }
        if (e.verb() != Verb.SEND && e.verb() != Verb.RECV) {
            return null;
        }
        return e.from().role() + "|" + e.subject() + "|" + sequence;
    }
}
