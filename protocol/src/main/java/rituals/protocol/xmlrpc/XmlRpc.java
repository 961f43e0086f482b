package rituals.protocol.xmlrpc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rituals.protocol.DecodeException;
import rituals.protocol.xml.XmlCursor;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xml.XmlText;

/**
 * The XML-RPC codec for {@code login_to_simulator}: methodCall and methodResponse, both directions.
 *
 * <p>Java types: string (and a bare {@code <value>text</value>}) ↔ {@link String}; int/i4 ↔ {@link Integer};
 * boolean ↔ {@link Boolean}; double ↔ {@link Double} (finite only when writing); struct ↔ {@code Map<String, Object>}
 * (a {@link java.util.LinkedHashMap}, document order); array ↔ {@code List<Object>}; base64 ↔
 * {@link rituals.protocol.types.Bytes}; dateTime.iso8601 → {@link String} (read only: the writer never emits it).
 *
 * <p>Output is UTF-8 without BOM or indentation, starting {@code <?xml version="1.0" encoding="utf-8"?>} like
 * OpenSim's replies; numbers are written {@code <int>} (OpenSim writes the synonym {@code <i4>}).
 */
public final class XmlRpc {
    /** Document kinds named in decode errors. */
    public static final String CALL_KIND = "XML-RPC methodCall";
    public static final String RESPONSE_KIND = "XML-RPC methodResponse";

    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private XmlRpc() {
    }

    /** Parses a methodCall body. @throws DecodeException for anything that is not a well-formed, safe methodCall */
    public static XmlRpcCall parseCall(byte[] body, XmlLimits limits) {
        XmlCursor cursor = XmlCursor.open(body, limits, CALL_KIND, "methodCall");
        cursor.expectChild("methodName");
        String methodName = cursor.readText().strip();
        if (methodName.isEmpty()) {
            throw cursor.fail("empty <methodName>");
        }
        List<Object> params = new ArrayList<>();
        String child = cursor.nextChild();
        if (child != null) {
            if (!child.equals("params")) {
                throw cursor.fail("expected <params> but found <" + child + ">");
            }
            XmlRpcValueReader values = new XmlRpcValueReader(cursor);
            while ((child = cursor.nextChild()) != null) {
                if (!child.equals("param")) {
                    throw cursor.fail("expected <param> but found <" + child + ">");
                }
                params.add(values.nextValue());
                cursor.expectEnd();
            }
            cursor.expectEnd();
        }
        cursor.expectEndOfDocument();
        return new XmlRpcCall(methodName, params);
    }

    /** Parses a methodResponse body into a success or a fault. */
    public static XmlRpcResponse parseResponse(byte[] body, XmlLimits limits) {
        XmlCursor cursor = XmlCursor.open(body, limits, RESPONSE_KIND, "methodResponse");
        String child = cursor.nextChild();
        XmlRpcValueReader values = new XmlRpcValueReader(cursor);
        XmlRpcResponse response;
        if ("params".equals(child)) {
            cursor.expectChild("param");
            response = new XmlRpcResponse.Success(values.nextValue());
            cursor.expectEnd();
        } else if ("fault".equals(child)) {
            response = fault(cursor, values.nextValue());
        } else {
            throw cursor.fail(child == null ? "empty <methodResponse>"
                    : "expected <params> or <fault> but found <" + child + ">");
        }
        cursor.expectEnd();
        cursor.expectEnd();
        cursor.expectEndOfDocument();
        return response;
    }

    private static XmlRpcResponse.Fault fault(XmlCursor cursor, Object value) {
        if (!(value instanceof Map)) {
            throw cursor.fail("a fault must hold a struct");
        }
        Object code = ((Map<?, ?>) value).get("faultCode");
        Object message = ((Map<?, ?>) value).get("faultString");
        if (!(code instanceof Integer) || !(message instanceof String)) {
            throw cursor.fail("a fault needs an int faultCode and a string faultString, got " + value);
        }
        return new XmlRpcResponse.Fault((Integer) code, (String) message);
    }

    /** Writes a methodCall. @throws IllegalArgumentException for a value XML-RPC cannot carry */
    public static byte[] writeCall(XmlRpcCall call) {
        StringBuilder out = new StringBuilder(1024).append(PROLOG).append("<methodCall><methodName>");
        XmlText.appendEscaped(out, call.methodName());
        out.append("</methodName><params>");
        XmlRpcValueWriter values = new XmlRpcValueWriter(out);
        for (int i = 0; i < call.params().size(); i++) {
            out.append("<param>");
            values.value(call.params().get(i), "param[" + i + "]");
            out.append("</param>");
        }
        return utf8(out.append("</params></methodCall>"));
    }

    /** Writes a methodResponse: a success as {@code <params>}, a fault as {@code <fault>}. */
    public static byte[] writeResponse(XmlRpcResponse response) {
        StringBuilder out = new StringBuilder(4096).append(PROLOG).append("<methodResponse>");
        XmlRpcValueWriter values = new XmlRpcValueWriter(out);
        if (response instanceof XmlRpcResponse.Success) {
            out.append("<params><param>");
            values.value(((XmlRpcResponse.Success) response).value(), "");
            out.append("</param></params>");
        } else {
            XmlRpcResponse.Fault fault = (XmlRpcResponse.Fault) response;
            out.append("<fault>");
            Map<String, Object> struct = new LinkedHashMap<>();
            struct.put("faultCode", fault.code());
            struct.put("faultString", fault.message());
            values.value(struct, "fault");
            out.append("</fault>");
        }
        return utf8(out.append("</methodResponse>"));
    }

    /** Shorthand for {@code writeResponse(new Success(value))}. */
    public static byte[] writeSuccess(Object value) {
        return writeResponse(new XmlRpcResponse.Success(value));
    }

    /** Shorthand for {@code writeResponse(new Fault(code, message))}. */
    public static byte[] writeFault(int code, String message) {
        return writeResponse(new XmlRpcResponse.Fault(code, message));
    }

    private static byte[] utf8(StringBuilder out) {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
