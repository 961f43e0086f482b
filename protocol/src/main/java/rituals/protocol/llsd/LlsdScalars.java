package rituals.protocol.llsd;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The text forms of LLSD scalars shared by the XML and notation codecs, strict where Java's own parsers are lenient
 * ({@link UUID#fromString} accepts "1-2-3-4-5"; {@link Double#parseDouble} accepts "0x1p3" and "1d").
 */
public final class LlsdScalars {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");

    private LlsdScalars() {
    }

    /** Parses the canonical 8-4-4-4-12 hex form (either case). */
    public static UUID parseUuid(String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("not a UUID: '" + text + "'");
        }
        return UUID.fromString(text);
    }

    /** Parses a 32-bit signed decimal integer, with an optional sign. */
    public static int parseInt(String text) {
        if (INTEGER.matcher(text).matches()) {
            long value = Long.parseLong(text);
            if (value == (int) value) {
                return (int) value;
            }
        }
        throw new IllegalArgumentException("not a 32-bit integer: '" + text + "'");
    }

    /**
     * Parses a decimal real; also the non-finite spellings peers use: nan, inf, -inf (any case, as Python's llsd
     * writes them) and NaN, Infinity, -Infinity (as .NET and Java write them).
     */
    public static double parseReal(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "nan":
            case "+nan":
            case "-nan":
                return Double.NaN;
            case "inf":
            case "+inf":
            case "infinity":
            case "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf":
            case "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new IllegalArgumentException("not a real: '" + text + "'");
        }
    }

    /**
     * Formats a real so that {@link #parseReal} gives back the same {@code Double} (NaN, infinities and -0.0
     * included). Whole numbers are written without a fraction ("1", "256000") as OpenSim writes them.
     */
    public static String formatReal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && !isNegativeZero(value)) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** As {@link #formatReal(double)} but with float precision: 0.9991014f is written "0.9991014". */
    public static String formatReal(float value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e7f && !isNegativeZero(value)) {
            return Long.toString((long) value);
        }
        return Float.toString(value);
    }

    private static boolean isNegativeZero(double value) {
        return value == 0 && Double.doubleToRawLongBits(value) != 0;
    }
}
