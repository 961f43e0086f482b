package rituals.server.caps;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import rituals.protocol.caps.Capability;
import rituals.server.config.IdSource;

/**
 * Which capability paths exist and whose they are: caps are keyed by agent and region. Login opens an agent's caps
 * in its destination region (as OpenSim creates and activates them at login), that region closes them when the
 * agent leaves; an HTTP request resolves its path here, and an unknown path is a 404. The event queue is the
 * agent's, open while it has caps in some region. Thread-safe: logins, HTTP threads and the regions call it
 * concurrently.
 */
public final class CapsRegistry {
    /** A resolved request path: whose cap it is, and which. */
    public record Target(AgentCaps agent, Capability cap) {}

    private final IdSource ids;
    private final EventQueue eventQueue;
    /** Agent → region name → its caps there. */
    private final Map<UUID, Map<String, AgentCaps>> byAgent = new ConcurrentHashMap<>();
    private final Map<String, Target> byPath = new ConcurrentHashMap<>();
    private volatile Consumer<AgentCaps> seedServed = agent -> {};

    public CapsRegistry(IdSource ids, EventQueue eventQueue) {
        this.ids = ids;
        this.eventQueue = eventQueue;
    }

    /** The seed path OpenSim derives from a caps id: {@code /CAPS/<uuid>0000/}. */
    public static String seedPath(UUID capsId) {
        return "/CAPS/" + capsId + "0000/";
    }

    /**
     * Opens an agent's caps in a region under the given seed path, and its event queue. A login replaces every cap
     * the agent had, in any region: the venue has no child agents, so a login is the agent's whole presence.
     * Returns the granted paths.
     */
    public AgentCaps open(UUID agentId, String agentName, UUID sessionId, String seedPath, String region,
            long circuitCode) {
        close(agentId);
        Map<Capability, String> paths = new EnumMap<>(Capability.class);
        paths.put(Capability.SEED, seedPath);
        paths.put(Capability.EVENT_QUEUE_GET, "/CE/" + ids.uuid());
        paths.put(Capability.SIMULATOR_FEATURES, "/CAPS/" + ids.uuid() + "/");
        paths.put(Capability.FETCH_INVENTORY_DESCENDENTS2, "/CAPS/" + ids.uuid() + "/");
        AgentCaps caps = new AgentCaps(agentId, agentName, sessionId, region, circuitCode, paths);
        eventQueue.open(agentId);
        byAgent.computeIfAbsent(agentId, a -> new ConcurrentHashMap<>()).put(region, caps);
        caps.paths().forEach((cap, path) -> byPath.put(path, new Target(caps, cap)));
        return caps;
    }

    /** Removes an agent's caps in every region and its event queue (a parked poll is answered 404). */
    public void close(UUID agentId) {
        Map<String, AgentCaps> all = byAgent.remove(agentId);
        if (all != null) {
            all.values().forEach(caps -> caps.paths().values().forEach(byPath::remove));
            eventQueue.close(agentId);
        }
    }

    /**
     * Closes an agent's caps in {@code region} only if they still belong to {@code sessionId}: a session that ends
     * after its agent logged in again, there or elsewhere, must not close its successor's caps. The event queue
     * goes with the agent's last caps.
     */
    public void closeIfCurrent(UUID agentId, String region, UUID sessionId) {
        Map<String, AgentCaps> in = byAgent.get(agentId);
        AgentCaps caps = in == null ? null : in.get(region);
        if (caps == null || !caps.sessionId().equals(sessionId) || !in.remove(region, caps)) {
            return;
        }
        caps.paths().values().forEach(byPath::remove);
        if (in.isEmpty() && byAgent.remove(agentId, in)) {
            eventQueue.close(agentId);
        }
    }

    /** Who to tell once an agent's seed request has been answered (its region gates its scene on it). */
    public void onSeedServed(Consumer<AgentCaps> listener) {
        this.seedServed = listener;
    }

    public void seedServed(AgentCaps agent) {
        seedServed.accept(agent);
    }

    /** The cap at a request path, if any. */
    public Optional<Target> resolve(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * The seed reply: every requested name this venue serves, mapped to its full URL, in request order. The seed
     * itself is never granted (as in OpenSim), and unknown names are left out.
     */
    public static Map<String, String> grant(AgentCaps caps, List<String> requested, String baseUrl) {
        Map<String, String> granted = new LinkedHashMap<>();
        for (String name : requested) {
            Capability.byWireName(name)
                    .filter(cap -> cap != Capability.SEED && caps.paths().containsKey(cap))
                    .ifPresent(cap -> granted.put(name, baseUrl + caps.paths().get(cap)));
        }
        return granted;
    }

    public EventQueue eventQueue() {
        return eventQueue;
    }
}
