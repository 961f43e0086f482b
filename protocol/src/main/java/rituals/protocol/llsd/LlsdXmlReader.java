package rituals.protocol.llsd;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import rituals.protocol.types.Bytes;
import rituals.protocol.xml.XmlCursor;

/**
 * Recursive-descent reader of LLSD XML values. Tolerant the way real peers need: empty elements mean the type's
 * default (0, false, "", the nil UUID, the epoch), scalars other than string are trimmed, booleans may be
 * true/false/1/0.
 */
final class LlsdXmlReader {
    private static final UUID NIL = new UUID(0, 0);

    private final XmlCursor cursor;

    LlsdXmlReader(XmlCursor cursor) {
        this.cursor = cursor;
    }

    /** Reads the value element the cursor has just entered, up to and including its end tag. */
    Object value(String type) {
        switch (type) {
            case "undef":
                cursor.readText();
                return Llsd.UNDEF;
            case "string":
                return cursor.readText();
            case "boolean":
                return bool(scalar());
            case "integer":
                return convert(scalar(), "integer", text -> text.isEmpty() ? 0 : LlsdScalars.parseInt(text));
            case "real":
                return convert(scalar(), "real", text -> text.isEmpty() ? 0.0 : LlsdScalars.parseReal(text));
            case "uuid":
                return convert(scalar(), "uuid", text -> text.isEmpty() ? NIL : LlsdScalars.parseUuid(text));
            case "date":
                return convert(scalar(), "date", LlsdXmlReader::date);
            case "uri":
                return convert(scalar(), "uri", LlsdXmlReader::uri);
            case "binary":
                return binary();
            case "map":
                return map();
            case "array":
                return array();
            default:
                throw cursor.fail("unknown LLSD element <" + type + ">");
        }
    }

    private String scalar() {
        return cursor.readText().strip();
    }

    private Boolean bool(String text) {
        switch (text) {
            case "":
            case "0":
            case "false":
                return Boolean.FALSE;
            case "1":
            case "true":
                return Boolean.TRUE;
            default:
                throw cursor.fail("not a boolean: '" + text + "'");
        }
    }

    private Bytes binary() {
        String encoding = cursor.attribute("encoding");
        if (encoding != null && !encoding.equals("base64")) {
            throw cursor.fail("unsupported binary encoding '" + encoding + "' (only base64)");
        }
        String text = cursor.readText().replaceAll("\\s+", "");
        try {
            return Bytes.wrap(Base64.getDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            throw cursor.fail("bad base64: " + e.getMessage());
        }
    }

    private Map<String, Object> map() {
        Map<String, Object> map = new LinkedHashMap<>();
        String child;
        while ((child = cursor.nextChild()) != null) {
            if (!child.equals("key")) {
                throw cursor.fail("expected <key> in <map> but found <" + child + ">");
            }
            String key = cursor.readText();
            String type = cursor.nextChild();
            if (type == null) {
                throw cursor.fail("key '" + key + "' has no value");
            }
            // A repeated key keeps its first position and takes the last value, as LinkedHashMap.put does.
            map.put(key, value(type));
        }
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        String type;
        while ((type = cursor.nextChild()) != null) {
            list.add(value(type));
        }
        return list;
    }

    private static Instant date(String text) {
        if (text.isEmpty()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC); // no zone given: LLSD dates are UTC
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("not an ISO-8601 date: '" + text + "'");
            }
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI: " + e.getMessage());
        }
    }

    private <T> T convert(String text, String type, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw cursor.fail("bad <" + type + ">: " + e.getMessage());
        }
    }
}
