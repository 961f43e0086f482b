package rituals.protocol.login;

import java.util.Map;
import rituals.protocol.DecodeException;

/**
 * A login reply: {@link LoginSuccess} or {@link LoginFailure}. Each can be written as the XML-RPC struct (types older
 * clients need) or the LLSD map (real LLSD types), and read back from either, tolerantly.
 */
public sealed interface LoginResponse permits LoginSuccess, LoginFailure {

    /** The struct for {@code XmlRpc.writeSuccess}. */
    Map<String, Object> toXmlRpcStruct();

    /** The map for {@code LlsdXml.write}. */
    Map<String, Object> toLlsdMap();

    /**
     * Reads an XML-RPC reply struct.
     *
     * @throws DecodeException if {@code login} is missing, or a success lacks what a client needs to connect (sim_ip as
     *     an IPv4 literal, sim_port, circuit_code, agent/session ids, region_x/y, seed_capability as an absolute URI)
     */
    static LoginResponse fromXmlRpc(Map<?, ?> struct) {
        return read(new LoginFields(struct, "XML-RPC login response"));
    }

    /** Reads an LLSD reply map; see {@link #fromXmlRpc}. */
    static LoginResponse fromLlsd(Map<?, ?> map) {
        return read(new LoginFields(map, "LLSD login response"));
    }

    private static LoginResponse read(LoginFields fields) {
        Object login = fields.raw("login");
        if (login == null) {
            throw fields.fail("login", "login parameter missing in the response");
        }
        // As LMV: a string means true unless "", "0" or "false"; "indeterminate" (a redirect) is not followed here.
        boolean success = login instanceof Boolean ? (Boolean) login
                : !(login.equals("") || login.equals("0") || login.equals("false") || login.equals("indeterminate"));
        if (!success) {
            String reason = fields.string("reason", login.equals("indeterminate") ? "indeterminate" : "unknown");
            return new LoginFailure(reason, fields.string("message", ""));
        }
        return LoginSuccessReader.read(fields);
    }
}
