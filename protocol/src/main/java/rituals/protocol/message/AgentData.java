package rituals.protocol.message;

import java.util.UUID;

/**
 * The template's most common block, {@code AgentData {AgentID, SessionID}}, shared by every message whose AgentData
 * block has exactly these two fields. OpenSim drops a datagram whose AgentData does not match its circuit.
 */
public record AgentData(UUID agentID, UUID sessionID) {}
