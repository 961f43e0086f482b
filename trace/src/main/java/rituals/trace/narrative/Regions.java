package rituals.trace.narrative;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rituals.trace.Party;
import rituals.trace.TraceEvent;

/**
 * Names the regions a client's probe could not: a client writes {@code region} until it learns the name, while the
 * server's probes name it from the start. An unnamed region is the one its circuit is in, else the one its agent is
 * in, else the only region the timeline names; when none of these tells, it stays unnamed.
 */
final class Regions {
    private final Map<Long, String> byCircuit = new HashMap<>();
    private final Map<String, String> byAgent = new HashMap<>();
    private final Set<String> named = new LinkedHashSet<>();

    Regions(List<TraceEvent> timeline, Agents agents) {
        for (TraceEvent e : timeline) {
            String name = !e.scope().region().isEmpty() ? e.scope().region()
                    : e.from().role() == Party.Role.REGION && !e.from().name().isEmpty() ? e.from().name()
                    : e.to().role() == Party.Role.REGION ? e.to().name() : "";
            if (!name.isEmpty()) {
                named.add(name);
                if (e.scope().circuit() != 0) {
                    byCircuit.putIfAbsent(e.scope().circuit(), name);
                }
                byAgent.putIfAbsent(agents.of(e), name);
            }
        }
    }

    /** The party, with its region named where the timeline tells which it is. */
    Party resolve(Party party, long circuit, String agent) {
        if (party.role() != Party.Role.REGION || !party.name().isEmpty()) {
            return party;
        }
        String name = byCircuit.get(circuit);
        if (name == null && !agent.isEmpty()) {
            name = byAgent.get(agent);
        }
        if (name == null && named.size() == 1) {
            name = named.iterator().next();
        }
        return name == null ? party : Party.region(name);
    }
}
