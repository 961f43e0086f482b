package rituals.server.login;

import java.util.UUID;
import rituals.protocol.types.Vector3;

/**
 * A circuit reserved on a region at login (OpenSim's AgentCircuitData): what the client must present in
 * UseCircuitCode, where its capabilities live, and where it will stand.
 *
 * @param circuitCode     non-negative 31-bit code the client sends in UseCircuitCode
 * @param sessionId       random per login; the client echoes it in every AgentData block
 * @param secureSessionId the login's auth token, never sent over UDP by the client
 * @param seedPath        path of the seed capability, {@code /CAPS/<uuid>0000/}
 * @param position        start position in region metres
 * @param lookAt          start look-at direction
 * @param destination     the region it is in and how the client reaches it
 */
public record Provision(
        int circuitCode,
        UUID agentId,
        String agentName,
        UUID sessionId,
        UUID secureSessionId,
        String seedPath,
        Vector3 position,
        Vector3 lookAt,
        Destination destination) {}
