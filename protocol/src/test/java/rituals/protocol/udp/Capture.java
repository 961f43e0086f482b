package rituals.protocol.udp;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import rituals.protocol.testing.Captures;

/**
 * One real datagram from {@code captures/datagrams/NAME--SENDER--FLAGS.hex} (see {@link Captures}) with what its
 * file name says: the independent oracle for our packet and message codecs. {@link #all()} lists every one.
 *
 * @param flags the header flags the file name records: Z zero-coded, R reliable, S resent, A acks appended, - none
 */
record Capture(String file, String message, String sender, String flags, byte[] bytes) {
    static final String DIR = "/captures/datagrams";

    static List<Capture> all() {
        URL dir = Capture.class.getResource(DIR);
        if (dir == null) {
            throw new IllegalStateException(DIR + " is missing from the test resources");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".hex")).sorted().map(Capture::read)
                    .collect(Collectors.toList());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + DIR, e);
        }
    }

    static Capture named(String file) {
        return all().stream().filter(c -> c.file().equals(file)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no capture " + file));
    }

    private static Capture read(Path p) {
        String file = p.getFileName().toString();
        String name = file.substring(0, file.length() - ".hex".length());
        String[] parts = name.split("--");
        return new Capture(file, parts[0], parts[1], parts[2], Captures.datagram(name));
    }

    boolean flagged(char flag) {
        return flags.indexOf(flag) >= 0;
    }

    @Override
    public String toString() {
        return file;
    }
}
