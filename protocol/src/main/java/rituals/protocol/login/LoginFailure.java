package rituals.protocol.login;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused login: OpenSim answers HTTP 200 with three strings, {@code login:"false"}, {@code reason} and
 * {@code message}, in both the XML-RPC and the LLSD form.
 *
 * @param reason a short key clients branch on: "key", "presence", "Internal Error"…
 */
public record LoginFailure(String reason, String message) implements LoginResponse {

    /** Missing first, last or passwd. */
    public static LoginFailure incompleteCredentials() {
        return new LoginFailure("key", "Incomplete login credentials. Check your username and password.");
    }

    /** Unknown user or wrong password (OpenSim does not say which). */
    public static LoginFailure badCredentials() {
        return new LoginFailure("key", "Could not authenticate your avatar. Please check your username and password,"
                + " and check the grid if problems persist.");
    }

    /** No region could take the agent. */
    public static LoginFailure gridProblem() {
        return new LoginFailure("key", "Error connecting to the desired location. Try connecting to another region.");
    }

    /** Anything unexpected while building the reply. */
    public static LoginFailure internalError() {
        return new LoginFailure("Internal Error", "Error generating Login Response");
    }

    @Override
    public Map<String, Object> toXmlRpcStruct() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("reason", reason);
        map.put("message", message);
        map.put("login", "false");
        return map;
    }

    @Override
    public Map<String, Object> toLlsdMap() {
        return toXmlRpcStruct();
    }
}
