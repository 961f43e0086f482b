package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rituals.trace.Channel;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/**
 * The background rhythm of a circuit: traffic that repeats every few hundred milliseconds and would bury the story if
 * listed (heartbeats, acks, pings, statistics, event-queue polls, resends). OpenSim's own packet logger hides the
 * same family by default ({@code debug lludp packet}); LayerData and ObjectUpdate are not in it: the seeds list them.
 * Each agent's rhythm is counted apart, so that two heartbeats never add up to one rate.
 */
final class Chorus {
    private static final Set<String> REPETITIVE_MESSAGES = Set.of(
            "AgentUpdate", "PacketAck", "StartPingCheck", "CompletePingCheck", "SimStats",
            "SimulatorViewerTimeMessage", "CoarseLocationUpdate", "ImprovedTerseObjectUpdate", "EventQueueGet");

    private final Map<String, Summary> byKey = new LinkedHashMap<>();

    static boolean repetitive(TraceEvent e) {
        if (e.channel() != Channel.UDP && e.channel() != Channel.CAPS) {
            return false;
        }
        return e.verb() == Verb.RESEND || REPETITIVE_MESSAGES.contains(e.subject());
    }

    /** Counts {@code e} for {@code agent} ("" when agents are not told apart). */
    void add(TraceEvent e, String agent) {
        byKey.merge(agent + "\n" + e.key(), Summary.of(e, agent), (old, one) -> old.add(e));
    }

    /** The summaries in order of each kind's first appearance. */
    List<Summary> summaries() {
        return new ArrayList<>(byKey.values());
    }
}
