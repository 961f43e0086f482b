package rituals.server.caps;

import java.util.Map;
import java.util.UUID;
import rituals.protocol.caps.Capability;

/**
 * The capabilities granted to one agent: each cap's path on this server (a bearer secret, random per login).
 *
 * @param agentName "First Last", for logs and probes
 * @param sessionId the login these caps were granted to
 * @param region    the name of the region they were granted in (the seed and SimulatorFeatures speak for it)
 * @param circuit   the circuit code of the login they were granted with (probes name it)
 * @param paths     every capability this venue serves, the seed included, to its path (starting with '/')
 */
public record AgentCaps(UUID agentId, String agentName, UUID sessionId, String region, long circuit,
        Map<Capability, String> paths) {
    public AgentCaps {
        paths = Map.copyOf(paths);
    }

    public String seedPath() {
        return paths.get(Capability.SEED);
    }
}
