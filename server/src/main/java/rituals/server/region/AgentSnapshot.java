package rituals.server.region;

import java.util.UUID;
import rituals.server.udp.ServerCircuit;

/**
 * One agent's session in a region as the operator's console shows it, taken on the region's loop thread (the thread
 * that owns the session) and handed to whoever asked.
 *
 * @param phase    where the session stands in the login ritual (its wire name)
 * @param openedMs how long ago its circuit opened, in milliseconds
 */
public record AgentSnapshot(String name, UUID agentId, String region, String phase, long openedMs,
        ServerCircuit.Stats circuit) {}
