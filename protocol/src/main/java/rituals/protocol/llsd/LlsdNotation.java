package rituals.protocol.llsd;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.DecodeException;

/**
 * LLSD notation, the compact text form OpenSim embeds in login replies: {@code look_at} is {@code [r1,r0,r0]} and
 * {@code home} is {@code {'region_handle':[r256000,r256000], 'position':[r128,r128,r20], 'look_at':[r1,r0,r0]}}.
 *
 * <p>Covered: undef {@code !}, booleans ({@code true}/{@code false}/{@code t}/{@code f}/{@code 1}/{@code 0}),
 * integers {@code i3}, reals {@code r1.5}, UUIDs {@code u…}, strings in single or double quotes with backslash
 * escapes, arrays and maps. Not covered (refused with a {@link DecodeException}): raw {@code s(n)} strings, URIs,
 * dates and binary, which no login field uses.
 *
 * <p>The writer separates map entries with ", " and array elements with "," because that is exactly what OpenSim
 * sends for {@code home}; whole reals are written without a fraction ({@code r256000}).
 */
public final class LlsdNotation {
    /** The document kind named in decode errors. */
    public static final String KIND = "LLSD notation";

    private LlsdNotation() {
    }

    /** Parses one notation value; surrounding whitespace is allowed, anything else after the value is not. */
    public static Object parse(String text) {
        return new LlsdNotationParser(text).document();
    }

    /**
     * Writes a value built from undef/null, Boolean, Integer, Double, Float, String, UUID, List and Map.
     *
     * @throws IllegalArgumentException for any other type
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null || value == Llsd.UNDEF) {
            out.append('!');
        } else if (value instanceof Boolean) {
            out.append((Boolean) value ? "true" : "false");
        } else if (value instanceof Integer) {
            out.append('i').append(value);
        } else if (value instanceof Double) {
            out.append('r').append(LlsdScalars.formatReal((Double) value));
        } else if (value instanceof Float) {
            out.append('r').append(LlsdScalars.formatReal((Float) value));
        } else if (value instanceof String) {
            quote(out, (String) value);
        } else if (value instanceof UUID) {
            out.append('u').append(value);
        } else if (value instanceof List) {
            String separator = "";
            out.append('[');
            for (Object element : (List<?>) value) {
                out.append(separator);
                write(out, element);
                separator = ",";
            }
            out.append(']');
        } else if (value instanceof Map) {
            String separator = "";
            out.append('{');
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.append(separator);
                quote(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue());
                separator = ", ";
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("no LLSD notation for " + value.getClass().getName());
        }
    }

    private static void quote(StringBuilder out, String text) {
        out.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('\'');
    }

    static DecodeException error(int offset, String reason) {
        return DecodeException.at(KIND, offset, reason);
    }
}
