package rituals.server.region;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import rituals.server.udp.ServerCircuit;
import rituals.server.world.Avatar;

/**
 * One agent's stay in the region, from a validated UseCircuitCode to its close: the circuit, the avatar once the
 * agent is root, and where it stands in the login ritual. Owned by the region loop thread.
 */
final class AgentSession {
    final PendingCircuit origin;
    final ServerCircuit circuit;
    final long openedNanos;
    /** Which messages it takes now: see {@link HandlerTable}. */
    Phase phase = Phase.CIRCUIT_OPEN;
    /** Null until CompleteAgentMovement makes the agent root. */
    Avatar avatar;
    boolean handshakeReplied;
    boolean seedServed;
    boolean sceneSent;
    boolean sentEmptyCoarse;
    long nextSimStats;
    long nextViewerTime;
    /** Set once the session is on its way out (LogoutReply or KickUser sent): closes when acked or at the deadline. */
    String closingReason;
    long closingDeadline;
    /** Agents whose avatar this agent has been sent (the interest list). */
    final Set<UUID> knownAvatars = new HashSet<>();
    /** Agents that have been sent this agent's avatar: the reverse of their interest lists, for a cheap close. */
    final Set<UUID> knownBy = new HashSet<>();

    AgentSession(PendingCircuit origin, ServerCircuit circuit, boolean seedServed, long now) {
        this.origin = origin;
        this.circuit = circuit;
        this.seedServed = seedServed;
        this.openedNanos = now;
    }

    UUID agentId() {
        return origin.provision().agentId();
    }

    UUID sessionId() {
        return origin.provision().sessionId();
    }

    String name() {
        return origin.name();
    }

    /** Whether {@code code} (as UseCircuitCode carries it, unsigned) is this session's circuit code. */
    boolean hasCode(long code) {
        return code == Integer.toUnsignedLong(origin.provision().circuitCode());
    }

    boolean root() {
        return avatar != null;
    }

    /** Past RegionHandshakeReply: the agent can be sent objects, and others can be sent its avatar. */
    boolean sceneReady() {
        return avatar != null && handshakeReplied;
    }
}
