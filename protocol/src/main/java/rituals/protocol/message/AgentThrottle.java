package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.Var1;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;
import rituals.protocol.types.Bytes;

/** Client to sim: the bandwidth the client wants per category, sent after the handshake and on every change. */
public record AgentThrottle(AgentData agentData, Throttle throttle) implements Message {
    /** The number of categories: resend, land, wind, cloud, task, texture, asset. */
    public static final int CATEGORIES = 7;

    public static AgentThrottle of(
            UUID agentID, UUID sessionID, long circuitCode, long genCounter, float... bitsPerSecond) {
        return new AgentThrottle(
                new AgentData(agentID, sessionID, circuitCode), Throttle.of(genCounter, bitsPerSecond));
    }

    public record AgentData(UUID agentID, UUID sessionID, @U32 long circuitCode) {}

    /** @param throttles 7 little-endian F32 in bits/s: resend, land, wind, cloud, task, texture, asset */
    public record Throttle(@U32 long genCounter, @Var1 Bytes throttles) {
        public static Throttle of(long genCounter, float... bitsPerSecond) {
            if (bitsPerSecond.length != CATEGORIES) {
                throw new IllegalArgumentException(
                        "a throttle has " + CATEGORIES + " rates, given " + bitsPerSecond.length);
            }
            ByteBuffer b = ByteBuffer.allocate(CATEGORIES * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float rate : bitsPerSecond) {
                b.putFloat(rate);
            }
            return new Throttle(genCounter, Bytes.wrap(b.array()));
        }

        /** The rates in bits/s, in category order; as many as the bytes hold (a peer may send fewer or more). */
        public float[] bitsPerSecond() {
            ByteBuffer b = ByteBuffer.wrap(throttles.toArray()).order(ByteOrder.LITTLE_ENDIAN);
            float[] rates = new float[throttles.length() / 4];
            for (int i = 0; i < rates.length; i++) {
                rates[i] = b.getFloat();
            }
            return rates;
        }
    }
}
