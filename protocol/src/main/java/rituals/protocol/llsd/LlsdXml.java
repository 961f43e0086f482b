package rituals.protocol.llsd;

import java.nio.charset.StandardCharsets;
import rituals.protocol.DecodeException;
import rituals.protocol.xml.XmlCursor;
import rituals.protocol.xml.XmlLimits;

/**
 * The LLSD XML codec ({@code <llsd>…</llsd>}), used by the LLSD login, the seed capability and the event queue. See
 * {@link Llsd} for the Java representation of each LLSD type.
 *
 * <p>Round trip: {@code parse(write(v))} equals {@code v} for every value built from the mapped types, with these
 * exceptions: {@code null} and {@link Float} are accepted by the writer but come back as {@link Llsd#UNDEF} and
 * {@link Double}; strings (and map keys) must consist of characters XML 1.0 can carry, otherwise the writer throws
 * {@link IllegalArgumentException}. Whitespace in strings, CR included, survives; reals survive exactly, NaN, the
 * infinities and -0.0 included.
 */
public final class LlsdXml {
    /** The document kind named in decode errors. */
    public static final String KIND = "LLSD XML";

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private LlsdXml() {
    }

    /**
     * Parses an LLSD XML body: the {@code <llsd>} root holds one value, or nothing (undef).
     *
     * @throws DecodeException if the body is not well-formed, hostile (see {@link XmlCursor}), over the limits, or not
     *     LLSD
     */
    public static Object parse(byte[] body, XmlLimits limits) {
        XmlCursor cursor = XmlCursor.open(body, limits, KIND, "llsd");
        String type = cursor.nextChild();
        if (type == null) {
            cursor.expectEndOfDocument();
            return Llsd.UNDEF;
        }
        Object value = new LlsdXmlReader(cursor).value(type);
        cursor.expectEnd();
        cursor.expectEndOfDocument();
        return value;
    }

    /** UTF-8 bytes of {@link #writeString}. */
    public static byte[] write(Object value) {
        return writeString(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes the XML declaration and an {@code <llsd>} document without indentation.
     *
     * @throws IllegalArgumentException for a Java type with no LLSD counterpart or a string XML cannot carry
     */
    public static String writeString(Object value) {
        StringBuilder out = new StringBuilder(256).append(PROLOG).append("<llsd>");
        new LlsdXmlWriter(out).value(value, "");
        return out.append("</llsd>").toString();
    }
}
