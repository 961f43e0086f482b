package rituals.client.login;

import rituals.protocol.login.LoginSuccess;

/**
 * The answer to a login: the {@link LoginSuccess} on success; otherwise the server's {@code reason} (OpenSim:
 * {@code key}, {@code presence}, …) and {@code message}, or a reason of our own when no usable answer came:
 * {@code http} (transport failure or timeout), {@code fault} (XML-RPC fault), {@code malformed} (a body we could not
 * read, or a success that lacks what a client needs to connect).
 *
 * @param httpStatus the HTTP status, or -1 when no response arrived
 */
public record LoginOutcome(boolean success, LoginSuccess reply, String reason, String message, int httpStatus) {

    public static LoginOutcome success(LoginSuccess reply, int httpStatus) {
        return new LoginOutcome(true, reply, "", reply.message(), httpStatus);
    }

    public static LoginOutcome failure(String reason, String message, int httpStatus) {
        return new LoginOutcome(false, null, reason, message, httpStatus);
    }
}
