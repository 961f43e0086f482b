package rituals.protocol.message;

import java.util.UUID;

/** Client to sim: asks to log out; OpenSim answers with LogoutReply and then closes the agent. */
public record LogoutRequest(AgentData agentData) implements Message {
    public static LogoutRequest of(UUID agentID, UUID sessionID) {
        return new LogoutRequest(new AgentData(agentID, sessionID));
    }
}
