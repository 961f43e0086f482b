package rituals.protocol.llsd;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.types.Bytes;
import rituals.protocol.xml.XmlText;

/** Writes Java values (see {@link Llsd} for the mapping) as LLSD XML elements, without indentation. */
final class LlsdXmlWriter {
    private final StringBuilder out;

    LlsdXmlWriter(StringBuilder out) {
        this.out = out;
    }

    void value(Object value, String path) {
        if (value == null || value == Llsd.UNDEF) {
            out.append("<undef />");
        } else if (value instanceof String) {
            element("string", (String) value);
        } else if (value instanceof Boolean) {
            out.append((Boolean) value ? "<boolean>true</boolean>" : "<boolean>false</boolean>");
        } else if (value instanceof Integer) {
            out.append("<integer>").append(value).append("</integer>");
        } else if (value instanceof Double) {
            out.append("<real>").append(LlsdScalars.formatReal((Double) value)).append("</real>");
        } else if (value instanceof Float) {
            out.append("<real>").append(LlsdScalars.formatReal((Float) value)).append("</real>");
        } else if (value instanceof UUID) {
            out.append("<uuid>").append(value).append("</uuid>");
        } else if (value instanceof Instant) {
            out.append("<date>").append(value).append("</date>");
        } else if (value instanceof URI) {
            element("uri", value.toString());
        } else if (value instanceof Bytes) {
            out.append("<binary encoding=\"base64\">")
                    .append(Base64.getEncoder().encodeToString(((Bytes) value).toArray()))
                    .append("</binary>");
        } else if (value instanceof Map) {
            map((Map<?, ?>) value, path);
        } else if (value instanceof List) {
            array((List<?>) value, path);
        } else {
            throw new IllegalArgumentException("no LLSD type for " + value.getClass().getName() + " at " + path);
        }
    }

    private void map(Map<?, ?> map, String path) {
        if (map.isEmpty()) {
            out.append("<map />");
            return;
        }
        out.append("<map>");
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new IllegalArgumentException("LLSD map keys must be strings, found " + entry.getKey() + " at "
                        + path);
            }
            String key = (String) entry.getKey();
            element("key", key);
            value(entry.getValue(), path + "/" + key);
        }
        out.append("</map>");
    }

    private void array(List<?> list, String path) {
        if (list.isEmpty()) {
            out.append("<array />");
            return;
        }
        out.append("<array>");
        for (int i = 0; i < list.size(); i++) {
            value(list.get(i), path + "[" + i + "]");
        }
        out.append("</array>");
    }

    private void element(String name, String text) {
        out.append('<').append(name).append('>');
        XmlText.appendEscaped(out, text);
        out.append("</").append(name).append('>');
    }
}
