package rituals.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** Reading a narrative back as a person would: its headings, its numbered lines, a seed from the test resources. */
public final class MarkdownText {
    /** The seeds' literal line format: {@code 1.  **[SIDE] [CHANNEL] EVENT[ SUBJECT]**: sentence[ (*details*)]}. */
    public static final Pattern SEED_LINE = Pattern.compile(
            "^1\\.  \\*\\*\\[(SERVER|CLIENT)] \\[(LOGIN|UDP|CAPS|CIRCUIT|BEHAVIOR)] [^*]+\\*\\*: [^*].*?( \\(\\*[^*]+\\*\\))?$");

    private MarkdownText() {}

    public static List<String> numberedLines(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("1.  ")).toList();
    }

    public static List<String> headings(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("#")).toList();
    }

    /** "[SERVER] [UDP] RECV UseCircuitCode" of a numbered line. */
    public static String heading(String line) {
        int start = line.indexOf("**") + 2;
        return line.substring(start, line.indexOf("**", start));
    }

    public static String seed(String name) {
        try (InputStream in = MarkdownText.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
