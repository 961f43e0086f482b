package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var2;

import java.util.UUID;

/** Client to sim: the agent says something on a chat channel (0 = public). */
public record ChatFromViewer(AgentData agentData, ChatData chatData) implements Message {
    public static ChatFromViewer of(UUID agentID, UUID sessionID, String message, int type, int channel) {
        return new ChatFromViewer(new AgentData(agentID, sessionID), new ChatData(message, type, channel));
    }

    /** @param type 0 whisper, 1 normal, 2 shout, 4 start typing, 5 stop typing */
    public record ChatData(@Var2 String message, @U8 int type, @S32 int channel) {}
}
