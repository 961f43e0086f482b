package rituals.client;

import java.util.UUID;
import rituals.protocol.login.LoginSuccess;

/**
 * Who the suitor is once the login has answered: the ids every circuit of the agent carries, whichever simulator it
 * talks to (UseCircuitCode, CompleteAgentMovement, AgentUpdate, LogoutRequest all name the agent and its session).
 *
 * @param id        the agent's UUID (agent_id)
 * @param sessionId the login session's UUID (session_id), the same on every simulator of the session
 */
record Agent(UUID id, UUID sessionId) {
    static Agent of(LoginSuccess reply) {
        return new Agent(reply.agentId(), reply.sessionId());
    }
}
