package rituals.protocol.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Reads the captures of real sessions between OpenSim 0.9.2.2 and libomv / node-metaverse, kept in protocol's test
 * resources ({@code captures/datagrams/NAME--SENDER--FLAGS.hex}: one datagram as one line of hex;
 * {@code captures/login/}: the XML-RPC login requests and replies). The server's and the client's tests read the same
 * files through protocol's test-jar.
 */
public final class Captures {
    private Captures() {
    }

    /** The bytes of {@code captures/<path>} on the test class path. */
    public static byte[] bytes(String path) {
        try (InputStream in = Captures.class.getResourceAsStream("/captures/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource captures/" + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The datagram of {@code captures/datagrams/<name>.hex}, e.g. {@code datagram("UseCircuitCode--libomv--R")}. */
    public static byte[] datagram(String name) {
        String hex = new String(bytes("datagrams/" + name + ".hex"), StandardCharsets.US_ASCII);
        return HexFormat.of().parseHex(hex.strip());
    }
}
