package rituals.protocol.xmlrpc;

/** An XML-RPC methodResponse: either one return value or a fault. */
public sealed interface XmlRpcResponse {

    /** A normal reply carrying one value (for a login, the struct of {@code LoginSuccess}). */
    record Success(Object value) implements XmlRpcResponse {
        public Success {
            if (value == null) {
                throw new IllegalArgumentException("XML-RPC has no null value");
            }
        }
    }

    /** A fault: OpenSim answers -32603 when a handler throws, and a fault for an unknown method. */
    record Fault(int code, String message) implements XmlRpcResponse {
        public Fault {
            if (message == null) {
                throw new IllegalArgumentException("a fault needs a message");
            }
        }
    }
}
