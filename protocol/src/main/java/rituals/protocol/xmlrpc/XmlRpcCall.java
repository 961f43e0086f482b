package rituals.protocol.xmlrpc;

import java.util.List;

/**
 * An XML-RPC methodCall, e.g. {@code login_to_simulator} with one struct parameter. Parameter values use the Java
 * types listed on {@link XmlRpc}.
 */
public record XmlRpcCall(String methodName, List<Object> params) {
    public XmlRpcCall {
        if (methodName == null || methodName.isBlank()) {
            throw new IllegalArgumentException("an XML-RPC call needs a method name");
        }
        params = List.copyOf(params);
    }
}
