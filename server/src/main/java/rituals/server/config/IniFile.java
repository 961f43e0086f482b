package rituals.server.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The INI dialect OpenSim reads (Nini): {@code [Section]} headers, {@code key = value} lines, comments starting with
 * {@code ;} or {@code #}, optional double quotes around a value. {@link ConfigLoader} matches sections and keys
 * ignoring case, as operators copy keys from OpenSim's example files in any case.
 */
public final class IniFile {
    /** One {@code key = value} line, with where it was found for error messages. */
    public record Entry(String section, String key, String value, int line) {}

    private final List<Entry> entries;

    private IniFile(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Parses {@code text}; {@code origin} (a file name) prefixes every error message. */
    public static IniFile parse(String text, String origin) {
        List<Entry> entries = new ArrayList<>();
        String section = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith(";") || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw new ConfigException(origin + ":" + number + ": malformed section header '" + line + "'");
                }
                section = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(origin + ":" + number + ": expected 'key = value', got '" + line + "'");
            }
            if (section == null) {
                throw new ConfigException(origin + ":" + number + ": key '" + line.substring(0, eq).strip()
                        + "' appears before any [Section]");
            }
            entries.add(new Entry(section, line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()), number));
        }
        return new IniFile(entries);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** Every entry in file order, duplicates included (a later one wins when applied in order, as in Nini). */
    public List<Entry> entries() {
        return entries;
    }
}
