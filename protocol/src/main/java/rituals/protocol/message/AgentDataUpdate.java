package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U64;
import static rituals.protocol.codec.Wire.Var1;

import java.util.UUID;

/** Sim to client: the agent's names and active group (title, powers), the answer to AgentDataUpdateRequest. */
public record AgentDataUpdate(AgentData agentData) implements Message {

    /** @param activeGroupID the zero UUID when the agent has no active group */
    public record AgentData(
            UUID agentID,
            @Var1 String firstName,
            @Var1 String lastName,
            @Var1 String groupTitle,
            UUID activeGroupID,
            @U64 long groupPowers,
            @Var1 String groupName) {}
}
