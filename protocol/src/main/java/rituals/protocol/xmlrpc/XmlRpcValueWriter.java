package rituals.protocol.xmlrpc;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import rituals.protocol.types.Bytes;
import rituals.protocol.xml.XmlText;

/**
 * Writes Java values as XML-RPC {@code <value>} elements, without indentation. Empty arrays and structs are written
 * {@code <data />} and {@code <struct />}, as OpenSim's serializer writes them.
 */
final class XmlRpcValueWriter {
    private final StringBuilder out;

    XmlRpcValueWriter(StringBuilder out) {
        this.out = out;
    }

    void value(Object value, String path) {
        out.append("<value>");
        if (value instanceof String) {
            element("string", (String) value);
        } else if (value instanceof Integer) {
            out.append("<int>").append(value).append("</int>");
        } else if (value instanceof Boolean) {
            out.append((Boolean) value ? "<boolean>1</boolean>" : "<boolean>0</boolean>");
        } else if (value instanceof Double) {
            out.append("<double>").append(real((Double) value, path)).append("</double>");
        } else if (value instanceof Bytes) {
            out.append("<base64>").append(Base64.getEncoder().encodeToString(((Bytes) value).toArray()))
                    .append("</base64>");
        } else if (value instanceof Map) {
            struct((Map<?, ?>) value, path);
        } else if (value instanceof List) {
            array((List<?>) value, path);
        } else {
            throw new IllegalArgumentException("no XML-RPC type for "
                    + (value == null ? "null" : value.getClass().getName()) + " at " + path);
        }
        out.append("</value>");
    }

    /** Plain decimal as the specification asks (no exponent); -0.0 keeps its sign. */
    private static String real(double value, String path) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("XML-RPC cannot carry the double " + value + " at " + path);
        }
        return value == 0 ? Double.toString(value) : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private void struct(Map<?, ?> struct, String path) {
        if (struct.isEmpty()) {
            out.append("<struct />");
            return;
        }
        out.append("<struct>");
        for (Map.Entry<?, ?> entry : struct.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new IllegalArgumentException("XML-RPC member names must be strings, found " + entry.getKey()
                        + " at " + path);
            }
            String name = (String) entry.getKey();
            out.append("<member>");
            element("name", name);
            value(entry.getValue(), path + "/" + name);
            out.append("</member>");
        }
        out.append("</struct>");
    }

    private void array(List<?> list, String path) {
        if (list.isEmpty()) {
            out.append("<array><data /></array>");
            return;
        }
        out.append("<array><data>");
        for (int i = 0; i < list.size(); i++) {
            value(list.get(i), path + "[" + i + "]");
        }
        out.append("</data></array>");
    }

    private void element(String name, String text) {
        out.append('<').append(name).append('>');
        XmlText.appendEscaped(out, text);
        out.append("</").append(name).append('>');
    }
}
