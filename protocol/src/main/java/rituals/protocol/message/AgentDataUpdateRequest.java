package rituals.protocol.message;

/** Client to sim: asks for the agent's group title and active group; node-metaverse sends it at login. */
public record AgentDataUpdateRequest(AgentData agentData) implements Message {}
