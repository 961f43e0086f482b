package rituals.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import rituals.trace.io.TraceHeader;

/** Reads the version Maven wrote into {@code rituals-version.properties} at build time. */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/rituals-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a trace this build records: the schema, when, this tool, and who recorded it. */
    public static TraceHeader traceHeader(long startedEpochMillis, String recordedBy) {
        return TraceHeader.now(startedEpochMillis, "rituals " + version(), recordedBy);
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "rituals " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
