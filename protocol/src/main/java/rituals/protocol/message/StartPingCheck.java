package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U8;

/** Either peer: a ping (OpenSim every 5 s), answered at once with CompletePingCheck carrying the same PingID. */
public record StartPingCheck(PingID pingID) implements Message {
    public static StartPingCheck of(int pingId, long oldestUnacked) {
        return new StartPingCheck(new PingID(pingId, oldestUnacked));
    }

    /** @param oldestUnacked the sender's oldest unacknowledged reliable sequence number */
    public record PingID(@U8 int pingID, @U32 long oldestUnacked) {}
}
