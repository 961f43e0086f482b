package rituals.server.world.terrain;

import java.io.IOException;
import java.nio.file.Path;

/** A height-map file that is not one of the accepted forms (wrong size, unknown extension, impossible values). */
public final class HeightMapFormatException extends IOException {
    private final Path file;

    public HeightMapFormatException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }
}
