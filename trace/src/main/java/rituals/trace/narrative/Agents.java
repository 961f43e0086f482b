package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rituals.trace.Scope;
import rituals.trace.TraceEvent;

/**
 * Who each event of a timeline concerns, by agent name. Probes name the agent where they know it: the client by name
 * from the start, the server by name and id once the login or the circuit tells it. An event whose scope has only the
 * agent's id or circuit borrows the name another event gave that id or circuit; an event with none (the settings, a
 * datagram refused before any circuit) concerns no agent and is told as the empty name.
 */
final class Agents {
    private final Map<String, String> nameById = new HashMap<>();
    private final Map<Long, String> nameByCircuit = new HashMap<>();
    private final List<String> names;

    private Agents(List<TraceEvent> timeline) {
        Set<String> seen = new LinkedHashSet<>();
        for (TraceEvent e : timeline) {
            Scope s = e.scope();
            if (!s.agent().isEmpty()) {
                if (!s.agentId().isEmpty()) {
                    nameById.putIfAbsent(s.agentId(), s.agent());
                }
                if (s.circuit() != 0) {
                    nameByCircuit.putIfAbsent(s.circuit(), s.agent());
                }
            }
        }
        for (TraceEvent e : timeline) {
            String name = of(e);
            if (!name.isEmpty()) {
                seen.add(name);
            }
        }
        names = new ArrayList<>(seen);
    }

    static Agents of(List<TraceEvent> timeline) {
        return new Agents(timeline);
    }

    /** The agent an event concerns, or "" when its probe could not tell. */
    String of(TraceEvent e) {
        Scope s = e.scope();
        if (!s.agent().isEmpty()) {
            return s.agent();
        }
        String byId = nameById.get(s.agentId());
        if (byId != null) {
            return byId;
        }
        return nameByCircuit.getOrDefault(s.circuit(), "");
    }

    /** The agents named, in order of first appearance. */
    List<String> names() {
        return names;
    }

    /** Whether the timeline holds more than one agent's ritual, each then told apart. */
    boolean several() {
        return names.size() > 1;
    }

    /** The events of one agent. */
    List<TraceEvent> events(String agent, List<TraceEvent> timeline) {
        return timeline.stream().filter(e -> of(e).equals(agent)).toList();
    }
}
