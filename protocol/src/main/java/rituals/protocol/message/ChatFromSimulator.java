package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Var2;

import java.util.UUID;
import rituals.protocol.types.Vector3;

/** Sim to client: chat heard by the agent, from an avatar, an object or the system. */
public record ChatFromSimulator(ChatData chatData) implements Message {
    public record ChatData(
            @Var1 String fromName,
            UUID sourceID,
            UUID ownerID,
            @U8 int sourceType,
            @U8 int chatType,
            @U8 int audible,
            Vector3 position,
            @Var2 String message) {}
}
