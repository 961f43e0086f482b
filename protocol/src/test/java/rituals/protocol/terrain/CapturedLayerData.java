package rituals.protocol.terrain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import rituals.protocol.udp.ZeroCoder;

/**
 * A LayerData datagram from the captures of a real OpenSim 0.9.2.2 (test resources): 6-byte header, then (zero-coded
 * if flag 0x80) message number 0x0B, the LayerID Type byte, the U16 LE length and the Data field.
 */
record CapturedLayerData(int flags, int type, byte[] data, int datagramSize) {

    static CapturedLayerData load(String name) throws IOException {
        byte[] datagram;
        try (InputStream in = CapturedLayerData.class.getResourceAsStream("/captures/datagrams/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            datagram = HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        }
        int flags = datagram[0] & 0xFF;
        int bodyStart = 6 + (datagram[5] & 0xFF);
        byte[] body = (flags & 0x80) != 0
                ? ZeroCoder.decode(datagram, bodyStart, datagram.length - bodyStart, bodyStart)
                : java.util.Arrays.copyOfRange(datagram, bodyStart, datagram.length);
        if ((body[0] & 0xFF) != 0x0B) {
            throw new IOException(name + " is not a LayerData datagram");
        }
        int type = body[1] & 0xFF;
        int length = (body[2] & 0xFF) | (body[3] & 0xFF) << 8;
        byte[] data = java.util.Arrays.copyOfRange(body, 4, 4 + length);
        if (data.length != length || body.length != 4 + length) {
            throw new IOException(name + ": Data length " + length + " does not match the body");
        }
        return new CapturedLayerData(flags, type, data, datagram.length);
    }
}
