package rituals.protocol.xmlrpc;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rituals.protocol.llsd.LlsdScalars;
import rituals.protocol.types.Bytes;
import rituals.protocol.xml.XmlCursor;

/**
 * Recursive-descent reader of XML-RPC {@code <value>} elements. Whitespace around a typed element is ignored
 * (older LibreMetaverse indents its requests); a {@code <value>} with only text is a string, untrimmed, as the
 * specification says.
 */
final class XmlRpcValueReader {
    private final XmlCursor cursor;

    XmlRpcValueReader(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Enters the next child, which must be {@code <value>}, and reads it. */
    Object nextValue() {
        cursor.expectChild("value");
        return value();
    }

    /** Reads the {@code <value>} element the cursor has just entered, up to and including its end tag. */
    Object value() {
        StringBuilder text = new StringBuilder();
        String type = cursor.nextChildOrEnd(text);
        if (type == null) {
            return text.toString();
        }
        if (!text.toString().isBlank()) {
            throw cursor.fail("text beside <" + type + "> inside <value>");
        }
        Object value = typed(type);
        cursor.expectEnd();
        return value;
    }

    private Object typed(String type) {
        switch (type) {
            case "string":
                return cursor.readText();
            case "int":
            case "i4":
                return integer(scalar(type), type);
            case "boolean":
                return bool(scalar(type));
            case "double":
                return real(scalar(type));
            case "dateTime.iso8601":
                return scalar(type);
            case "base64":
                return base64(cursor.readText().replaceAll("\\s+", ""));
            case "struct":
                return struct();
            case "array":
                return array();
            default:
                throw cursor.fail("unknown XML-RPC type <" + type + ">");
        }
    }

    private String scalar(String type) {
        String text = cursor.readText().strip();
        if (text.isEmpty()) {
            throw cursor.fail("empty <" + type + ">");
        }
        return text;
    }

    private Integer integer(String text, String type) {
        try {
            return LlsdScalars.parseInt(text);
        } catch (IllegalArgumentException e) {
            throw cursor.fail("bad <" + type + ">: " + e.getMessage());
        }
    }

    private Boolean bool(String text) {
        // The specification allows only 0 and 1; true/false cost nothing to accept.
        switch (text) {
            case "1":
            case "true":
                return Boolean.TRUE;
            case "0":
            case "false":
                return Boolean.FALSE;
            default:
                throw cursor.fail("not a boolean: '" + text + "'");
        }
    }

    private Double real(String text) {
        try {
            return LlsdScalars.parseReal(text);
        } catch (IllegalArgumentException e) {
            throw cursor.fail("bad <double>: " + e.getMessage());
        }
    }

    private Bytes base64(String text) {
        try {
            return Bytes.wrap(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw cursor.fail("bad base64: " + e.getMessage());
        }
    }

    private Map<String, Object> struct() {
        Map<String, Object> struct = new LinkedHashMap<>();
        String child;
        while ((child = cursor.nextChild()) != null) {
            if (!child.equals("member")) {
                throw cursor.fail("expected <member> in <struct> but found <" + child + ">");
            }
            member(struct);
        }
        return struct;
    }

    /** Reads one member; name and value may come in either order, each exactly once. */
    private void member(Map<String, Object> struct) {
        String name = null;
        Object value = null;
        String child;
        while ((child = cursor.nextChild()) != null) {
            if (child.equals("name") && name == null) {
                name = cursor.readText();
            } else if (child.equals("value") && value == null) {
                value = value();
            } else {
                throw cursor.fail("unexpected <" + child + "> in <member>");
            }
        }
        if (name == null || value == null) {
            throw cursor.fail(name == null ? "<member> without <name>" : "member '" + name + "' has no <value>");
        }
        if (struct.put(name, value) != null) {
            throw cursor.fail("duplicate member '" + name + "'");
        }
    }

    private List<Object> array() {
        cursor.expectChild("data");
        List<Object> list = new ArrayList<>();
        String child;
        while ((child = cursor.nextChild()) != null) {
            if (!child.equals("value")) {
                throw cursor.fail("expected <value> in <data> but found <" + child + ">");
            }
            list.add(value());
        }
        cursor.expectEnd();
        return list;
    }
}
