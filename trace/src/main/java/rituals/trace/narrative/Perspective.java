package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    static List<TraceEvent> tellOnce(List<TraceEvent> events) {
        Map<String, Set<Verb>> verbsByDatagram = new HashMap<>();
        for (TraceEvent e : events) {
            String id = datagram(e);
            if (id != null) {
                verbsByDatagram.computeIfAbsent(id, k -> new HashSet<>()).add(e.verb());
            }
        }
        Set<String> callsSeenByServer = new HashSet<>();
        for (TraceEvent e : events) {
            String call = call(e);
            if (call != null && e.side() == Side.SERVER) {
                callsSeenByServer.add(call);
            }
        }
        List<TraceEvent> told = new ArrayList<>(events.size());
        for (TraceEvent e : events) {
            String id = datagram(e);
            boolean seenByBoth = id != null && verbsByDatagram.get(id).size() == 2;
            boolean toldByServer = e.side() == Side.CLIENT && callsSeenByServer.contains(call(e));
            if ((!seenByBoth || e.side() == preferred(e.subject())) && !toldByServer) {
                told.add(e);
            }
        }
        return told;
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
