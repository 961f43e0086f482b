package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U8;

/** Either peer: the answer to StartPingCheck; its round trip time drives the sender's resend timeout. */
public record CompletePingCheck(PingID pingID) implements Message {
    public static CompletePingCheck of(int pingId) {
        return new CompletePingCheck(new PingID(pingId));
    }

    public record PingID(@U8 int pingID) {}
}
