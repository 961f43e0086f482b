package rituals.server.region;

import java.util.Collection;
import java.util.UUID;
import rituals.protocol.udp.PacketCodec;
import rituals.server.world.World;
import rituals.trace.Probe;

/**
 * What the message handlers may see of their region: its settings (name, handle, limits), its world, the other
 * sessions, and the ways out (events for the rest of the server, closing a session). Not the circuits' maps, the
 * provisions or the inbox: those stay {@link RegionCore}'s. Used on the region loop thread only.
 */
interface RegionContext {
    RegionSettings settings();

    World world();

    RegionListener listener();

    /** The region's probe: junctions emit with the region (name, handle) and the session (code, agent) at hand. */
    Probe probe();

    PacketCodec codec();

    /** The agent's open session here, or null. */
    AgentSession session(UUID agentId);

    /** Every open session; closing one while iterating is allowed. */
    Collection<AgentSession> sessions();

    /** Frees everything of the session and tells the listener. */
    void close(AgentSession s, String reason, long now);
}
