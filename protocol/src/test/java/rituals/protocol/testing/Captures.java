package rituals.protocol.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads capture files copied from /work/shared/captures into the test resources. */
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
}
