package rituals.protocol.xml;

/**
 * Escaping of element text for the LLSD and XML-RPC writers.
 *
 * <p>{@code &}, {@code <} and {@code >} are escaped ({@code >} so that "]]>" can never appear), and CR is written as
 * {@code &#13;} because a parser would otherwise normalise it to LF. Characters XML 1.0 cannot carry at all (C0
 * controls other than tab, LF and CR; U+FFFE, U+FFFF; unpaired surrogates) are refused: silently dropping them would
 * make the peer see a different string than we meant to send.
 */
public final class XmlText {
    private XmlText() {
    }

    /** Appends {@code text} escaped for use as element content. */
    public static void appendEscaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '\r':
                    out.append("&#13;");
                    break;
                default:
                    if (Character.isSurrogate(c)) {
                        i = appendSurrogatePair(out, text, i);
                    } else if (!isXmlChar(c)) {
                        throw new IllegalArgumentException(String.format(
                                "character U+%04X at index %d cannot be represented in XML 1.0", (int) c, i));
                    } else {
                        out.append(c);
                    }
            }
        }
    }

    /** True if the string can be written by {@link #appendEscaped} without an exception. */
    public static boolean isRepresentable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || !isXmlChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static int appendSurrogatePair(StringBuilder out, String text, int i) {
        char high = text.charAt(i);
        if (Character.isHighSurrogate(high) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(high).append(text.charAt(i + 1));
            return i + 1;
        }
        throw new IllegalArgumentException(String.format(
                "unpaired surrogate U+%04X at index %d cannot be represented in XML 1.0", (int) high, i));
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }
}
