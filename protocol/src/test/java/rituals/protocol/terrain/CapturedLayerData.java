package rituals.protocol.terrain;

import java.io.IOException;
import java.util.Arrays;
import rituals.protocol.testing.Captures;
import rituals.protocol.udp.ZeroCoder;

/**
 * A LayerData datagram OpenSim 0.9.2.2 sent ({@link Captures}): 6-byte header, then (zero-coded
 * if flag 0x80) message number 0x0B, the LayerID Type byte, the U16 LE length and the Data field.
 */
record CapturedLayerData(int flags, int type, byte[] data, int datagramSize) {

    static CapturedLayerData load(String name) throws IOException {
        byte[] datagram = Captures.datagram(name);
        int flags = datagram[0] & 0xFF;
        int bodyStart = 6 + (datagram[5] & 0xFF);
        byte[] body = (flags & 0x80) != 0
                ? ZeroCoder.decode(datagram, bodyStart, datagram.length - bodyStart, bodyStart)
                : Arrays.copyOfRange(datagram, bodyStart, datagram.length);
        if ((body[0] & 0xFF) != 0x0B) {
            throw new IOException(name + " is not a LayerData datagram");
        }
        int type = body[1] & 0xFF;
        int length = (body[2] & 0xFF) | (body[3] & 0xFF) << 8;
        byte[] data = Arrays.copyOfRange(body, 4, 4 + length);
        if (data.length != length || body.length != 4 + length) {
            throw new IOException(name + ": Data length " + length + " does not match the body");
        }
        return new CapturedLayerData(flags, type, data, datagram.length);
    }
}
