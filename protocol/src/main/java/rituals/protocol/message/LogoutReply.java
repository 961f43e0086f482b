package rituals.protocol.message;

import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Sim to client: confirms a logout; OpenSim sends one InventoryData block with a zero ItemID. */
public record LogoutReply(AgentData agentData, @Variable List<InventoryData> inventoryData) implements Message {
    public record InventoryData(UUID itemID) {}
}
