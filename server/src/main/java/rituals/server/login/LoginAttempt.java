package rituals.server.login;

import rituals.protocol.login.LoginRequest;

/**
 * A decoded login request and where it came from.
 *
 * @param format   how it came: {@link #XML_RPC} or {@link #LLSD} (the probe's subject)
 * @param remote   the peer as "ip:port"
 * @param remoteIp the peer's IP literal
 */
public record LoginAttempt(String format, LoginRequest request, String remote, String remoteIp) {
    public static final String XML_RPC = "XML-RPC login_to_simulator";
    public static final String LLSD = "LLSD login";

    /** "First Last", as sent (possibly empty parts), for logs. */
    public String userName() {
        return request.first() + " " + request.last();
    }
}
