package rituals.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Capture files from the real OpenSim / libomv sessions, copied into the test resources. */
public final class Captures {
    private Captures() {}

    public static byte[] bytes(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no capture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A datagram capture: one line of hex. */
    public static byte[] datagram(String name) {
        return HexFormat.of().parseHex(new String(bytes(name + ".hex"), StandardCharsets.US_ASCII).strip());
    }
}
