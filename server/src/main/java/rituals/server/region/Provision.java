package rituals.server.region;

import java.util.UUID;
import rituals.protocol.types.Vector3;

/**
 * What login tells the client about its new circuit (circuit_code, session_id, secure_session_id, look_at), and what
 * the region expects to see again in UseCircuitCode.
 *
 * @param capsId        a fresh id for the seed capability's path ({@code /CAPS/<capsId>0000/})
 * @param startPosition where the avatar will stand: the login's requested spot, or the region's centre on the ground
 */
public record Provision(int circuitCode, UUID agentId, UUID sessionId, UUID secureSessionId, UUID capsId,
        Vector3 startPosition, Vector3 lookAt) {}
