package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.Var1;

import java.util.UUID;
import rituals.protocol.types.Bytes;

/** Client to sim: the bandwidth the client wants per category, sent after the handshake and on every change. */
public record AgentThrottle(AgentData agentData, Throttle throttle) implements Message {

    public record AgentData(UUID agentID, UUID sessionID, @U32 long circuitCode) {}

    /**
     * @param throttles 7 little-endian F32 in bits/s: resend, land, wind, cloud, task, texture, asset
     */
    public record Throttle(@U32 long genCounter, @Var1 Bytes throttles) {}
}
