package rituals.client.login;

/**
 * How the login request travels: XML-RPC {@code login_to_simulator} (LibreMetaverse up to 2.5.1, node-metaverse, SL
 * viewers: the default) or an LLSD-XML map (LibreMetaverse 2.5.2 and later).
 */
public enum LoginFormat {
    XMLRPC("XML-RPC login_to_simulator", "text/xml"),
    LLSD("LLSD login", "application/llsd+xml");

    private final String label;
    private final String contentType;

    LoginFormat(String label, String contentType) {
        this.label = label;
        this.contentType = contentType;
    }

    /** How the narrative names this request. */
    public String label() {
        return label;
    }

    /** OpenSim routes on this header: exactly {@code application/llsd+xml} goes to the LLSD handler. */
    public String contentType() {
        return contentType;
    }

    /** Parses the command-line spelling: {@code xmlrpc} or {@code llsd}, any case. */
    public static LoginFormat parse(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "xmlrpc":
            case "xml-rpc":
                return XMLRPC;
            case "llsd":
                return LLSD;
            default:
                throw new IllegalArgumentException("login format must be xmlrpc or llsd, not '" + text + "'");
        }
    }
}
