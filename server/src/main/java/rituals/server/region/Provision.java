package rituals.server.region;

import java.util.UUID;
import rituals.protocol.types.Vector3;

/**
 * What login tells the client about its new circuit (circuit_code, session_id, secure_session_id, look_at), and what
 * the region expects to see again in UseCircuitCode.
 */
public record Provision(int circuitCode, UUID agentId, UUID sessionId, UUID secureSessionId, Vector3 startPosition,
        Vector3 lookAt) {}
