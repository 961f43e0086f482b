package rituals.protocol.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import rituals.protocol.DecodeException;

/**
 * A hardened pull parser over one XML body, shaped for recursive-descent decoders: step into child elements, read
 * text, and fail with a {@link DecodeException} that names the document kind, the element path and the character
 * offset.
 *
 * <p>Hardening: the body size is checked before parsing; any DOCTYPE is refused (so no internal or external entity can
 * ever be declared, which rules out billion-laughs and XXE); external entities and DTD access are switched off as a
 * second line of defence; entity references are reported, not expanded, and refused; nesting beyond
 * {@link XmlLimits#maxDepth()} is refused. Only the five predefined entities and character references are decoded.
 *
 * <p>Offsets are character offsets as the JDK parser reports them (equal to byte offsets for ASCII bodies).
 */
public final class XmlCursor {
    private final XMLStreamReader reader;
    private final String kind;
    private final int maxDepth;
    private final Deque<String> path = new ArrayDeque<>();

    private XmlCursor(XMLStreamReader reader, String kind, int maxDepth) {
        this.reader = reader;
        this.kind = kind;
        this.maxDepth = maxDepth;
    }

    /**
     * Opens {@code body} and positions the cursor inside its root element, which must be named {@code rootName}.
     *
     * @param kind the document kind for error messages, e.g. "XML-RPC methodCall"
     */
    public static XmlCursor open(byte[] body, XmlLimits limits, String kind, String rootName) {
        if (body.length > limits.maxBytes()) {
            throw new DecodeException(kind, "/", "-", 0,
                    "body of " + body.length + " bytes exceeds the limit of " + limits.maxBytes());
        }
        XMLStreamReader reader;
        try {
            reader = hardenedFactory().createXMLStreamReader(new ByteArrayInputStream(body));
        } catch (XMLStreamException e) {
            throw new DecodeException(kind, "/", "-", 0, "malformed XML: " + parserMessage(e), e);
        }
        XmlCursor cursor = new XmlCursor(reader, kind, limits.maxDepth());
        String root = cursor.nextChildOrEnd(null);
        if (root == null) {
            throw cursor.fail("document has no root element");
        }
        if (!root.equals(rootName)) {
            throw cursor.fail("expected root element <" + rootName + "> but found <" + root + ">");
        }
        return cursor;
    }

    private static XMLInputFactory hardenedFactory() {
        // newDefaultFactory: always the JDK parser, whose behaviour the hardening was tested against, whatever else
        // is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /** The name of the element the cursor is inside. */
    public String current() {
        return path.peekLast();
    }

    /**
     * Moves to the next child element of the current element and enters it, returning its local name; or consumes the
     * current element's end tag and returns null. Text between children must be whitespace.
     */
    public String nextChild() {
        String parent = current();
        StringBuilder text = new StringBuilder();
        String child = nextChildOrEnd(text);
        if (!text.toString().isBlank()) {
            throw fail("unexpected text '" + abbreviate(text.toString().strip()) + "' inside <" + parent + ">");
        }
        return child;
    }

    /**
     * Like {@link #nextChild()} but hands the text met on the way to {@code text} instead of refusing it (for XML-RPC
     * {@code <value>}, which may hold bare text or one typed element).
     */
    public String nextChildOrEnd(StringBuilder text) {
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    String name = reader.getLocalName();
                    path.addLast(name);
                    if (path.size() > maxDepth) {
                        throw fail("nesting deeper than " + maxDepth + " elements");
                    }
                    return name;
                case XMLStreamConstants.END_ELEMENT:
                    if (path.isEmpty()) {
                        throw fail("unexpected end tag");
                    }
                    path.removeLast();
                    return null;
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    if (text != null) {
                        text.append(reader.getText());
                    } else if (!reader.isWhiteSpace()) {
                        throw fail("text outside the root element");
                    }
                    break;
                case XMLStreamConstants.END_DOCUMENT:
                    if (!path.isEmpty()) {
                        throw fail("truncated document: it ended inside <" + current() + ">");
                    }
                    return null;
                default:
                    break; // comments, processing instructions, the XML declaration
            }
        }
    }

    /** The value of an attribute of the element just entered (call before reading its content), or null. */
    public String attribute(String name) {
        return reader.isStartElement() ? reader.getAttributeValue(null, name) : null;
    }

    /** Reads the text content of the current element and consumes its end tag; child elements are refused. */
    public String readText() {
        StringBuilder text = new StringBuilder();
        String child = nextChildOrEnd(text);
        if (child != null) {
            throw fail("unexpected element <" + child + ">: a text value was expected");
        }
        return text.toString();
    }

    /** Enters the next child, which must be named {@code name}. */
    public void expectChild(String name) {
        String child = nextChild();
        if (child == null) {
            throw fail("missing <" + name + "> inside <" + current() + ">");
        }
        if (!child.equals(name)) {
            throw fail("expected <" + name + "> but found <" + child + ">");
        }
    }

    /** Consumes the end tag of the current element, refusing any further child. */
    public void expectEnd() {
        String parent = current();
        String child = nextChild();
        if (child != null) {
            throw fail("unexpected element <" + child + "> inside <" + parent + ">");
        }
    }

    /** Checks that nothing but whitespace, comments and processing instructions follow the root element. */
    public void expectEndOfDocument() {
        if (nextChild() != null) {
            throw fail("a second root element");
        }
    }

    /** An exception naming this document, the current element path and the parser's offset. */
    public DecodeException fail(String reason) {
        return new DecodeException(kind, pathString(), "-", offset(), reason);
    }

    private int next() {
        try {
            if (!reader.hasNext()) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw fail("DTDs are not allowed");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fail("entity references are not allowed (&" + reader.getLocalName() + ";)");
            }
            return event;
        } catch (XMLStreamException e) {
            String message = parserMessage(e);
            if (message.contains("must start and end within the same entity")
                    || message.contains("Premature end of file")) {
                throw new DecodeException(kind, pathString(), "-", offset(),
                        path.isEmpty() ? "empty document" : "truncated document: it ended inside <" + current() + ">",
                        e);
            }
            throw new DecodeException(kind, pathString(), "-", offset(), "malformed XML: " + message, e);
        }
    }

    private int offset() {
        int offset = reader.getLocation().getCharacterOffset();
        return Math.max(offset, 0);
    }

    private String pathString() {
        if (path.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        for (Iterator<String> it = path.iterator(); it.hasNext(); ) {
            out.append('/').append(it.next());
        }
        return out.toString();
    }

    /** The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the offset is reported separately. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()) : message;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
