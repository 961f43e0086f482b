package rituals.server.login;

/**
 * What the login service needs from a decoded login request, whichever format it came in. Absent values are null.
 *
 * @param format  how it came: {@link #XML_RPC} or {@link #LLSD} (the probe's subject)
 * @param remote  the peer as "ip:port"
 * @param remoteIp the peer's IP literal
 */
public record LoginAttempt(
        String format,
        String first,
        String last,
        String passwd,
        String start,
        String channel,
        String version,
        String remote,
        String remoteIp) {
    public static final String XML_RPC = "XML-RPC login_to_simulator";
    public static final String LLSD = "LLSD login";

    /** "First Last", or what there is of it, for logs. */
    public String userName() {
        return (first == null ? "?" : first) + " " + (last == null ? "?" : last);
    }

    /** Whether name and password are all present and non-empty (OpenSim's "incomplete credentials" check). */
    public boolean hasCredentials() {
        return present(first) && present(last) && present(passwd);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
