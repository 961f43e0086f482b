package rituals.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.testing.Captures;
import rituals.protocol.types.Vector3;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;
import rituals.protocol.xmlrpc.XmlRpcResponse;

class LoginResponseTest {
    private static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");

    private static Map<?, ?> captureStruct(String client) {
        XmlRpcResponse response = XmlRpc.parseResponse(
                Captures.bytes("login/xmlrpc-response--opensim-to-" + client + ".xml"), XmlLimits.DEFAULT);
        return (Map<?, ?>) ((XmlRpcResponse.Success) response).value();
    }

    private static LoginSuccess captured(String client) {
        LoginResponse response = LoginResponse.fromXmlRpc(captureStruct(client));
        assertThat(response).isInstanceOf(LoginSuccess.class);
        return (LoginSuccess) response;
    }

    static LoginSuccess sample() {
        LoginRegion region = LoginRegion.atGrid("127.0.0.1", 9000, 1000, 1000,
                URI.create("http://127.0.0.1:9000/CAPS/de55b786-1701-409e-a363-bb53884194690000/"));
        return LoginSuccess.builder()
                .name("Test", "User")
                .session(AGENT, UUID.fromString("50e7c694-ed35-4494-9d23-63ae32336981"),
                        UUID.fromString("f5993ffd-bf1b-43d0-b91a-5057d1902f71"))
                .circuitCode(1082984734)
                .region(region)
                .inventory(LoginInventory.rootOnly(UUID.fromString("e127bb1a-1dbf-4a2e-a3ba-98679a16b936")))
                .secondsSinceEpoch(1795299142L)
                .build();
    }

    @Test
    void readsOpenSimReplyToLibomv() {
        LoginSuccess success = captured("libomv");

        assertThat(success.circuitCode()).isEqualTo(1082984734);
        assertThat(success.region().simIp()).isEqualTo("127.0.0.1");
        assertThat(success.region().simPort()).isEqualTo(9000);
        assertThat(success.region().regionX()).isEqualTo(256000);
        assertThat(success.region().regionY()).isEqualTo(256000);
        assertThat(success.region().seedCapability())
                .isEqualTo(URI.create("http://127.0.0.1:9000/CAPS/de55b786-1701-409e-a363-bb53884194690000/"));
        assertThat(success.lookAt()).isEqualTo(new Vector3(0.9991014f, 0.04238612f, 0f));
        assertThat(success.home()).isEqualTo(new Home(256000, 256000, Vector3.ZERO, Vector3.ZERO));
        assertThat(success.agentId()).isEqualTo(AGENT);
        assertThat(success.firstName()).isEqualTo("Test");
        assertThat(success.message()).isEqualTo("Welcome, Avatar!");
        assertThat(success.inventory().skeleton()).hasSize(20);
        assertThat(success.inventory().librarySkeleton()).hasSize(19);
        assertThat(success.inventory().libraryRoot()).isEqualTo(LoginInventory.OPENSIM_LIBRARY_ROOT);
        assertThat(success.classifiedCategories()).isEqualTo(ClassifiedCategory.OPENSIM_DEFAULTS);
        assertThat(success.globalTextures()).isEqualTo(GlobalTextures.OPENSIM_DEFAULT);
        assertThat(success.loginFlags()).isEqualTo(LoginFlags.OPENSIM_DEFAULT);
        assertThat(success.optionalStrings()).containsExactly(Map.entry("map-server-url", "http://127.0.0.1:9000/"));
        assertThat(success.regionHandle()).isEqualTo((256000L << 32) | 256000L);
    }

    @Test
    void readsOpenSimReplyToNodeMetaverse() {
        LoginSuccess success = captured("node-metaverse");

        assertThat(success.circuitCode()).isEqualTo(113843116);
        assertThat(success.region().simPort()).isEqualTo(9000);
        assertThat(success.region().regionX()).isEqualTo(256000);
        assertThat(success.region().seedCapability().getPath())
                .isEqualTo("/CAPS/949bcc32-926a-443a-98a2-17bc82213f620000/");
        assertThat(success.lookAt()).isEqualTo(Vector3.ZERO);
        assertThat(success.home().toNotation())
                .isEqualTo("{'region_handle':[r256000,r256000], 'position':[r0,r0,r0], 'look_at':[r0,r0,r0]}");
    }

    /** Our struct for the captured values must equal OpenSim's, member for member (types included, order aside). */
    @Test
    void reencodesOpenSimRepliesToTheSameStruct() {
        for (String client : List.of("libomv", "node-metaverse")) {
            Map<?, ?> original = captureStruct(client);

            assertThat(captured(client).toXmlRpcStruct()).isEqualTo(original);
        }
    }

    @Test
    void xmlRpcReplyUsesTheTypesOlderClientsNeed() {
        String body = new String(XmlRpc.writeSuccess(sample().toXmlRpcStruct()), StandardCharsets.UTF_8);

        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><methodResponse><params><param>"
                + "<value><struct><member><name>login</name><value><string>true</string></value></member>");
        assertThat(body).contains(
                "<member><name>circuit_code</name><value><int>1082984734</int></value></member>",
                "<member><name>sim_port</name><value><int>9000</int></value></member>",
                "<member><name>region_x</name><value><int>256000</int></value></member>",
                "<member><name>seconds_since_epoch</name><value><int>1795299142</int></value></member>",
                "<member><name>agent_id</name><value><string>aaaaaaaa-0000-4000-8000-000000000001</string>",
                "<member><name>look_at</name><value><string>[r1,r0,r0]</string></value></member>",
                "<member><name>home</name><value><string>{'region_handle':[r256000,r256000], "
                        + "'position':[r0,r0,r0], 'look_at':[r0,r0,r0]}</string></value></member>",
                "<member><name>region_size_x</name><value><int>256</int></value></member>",
                "<member><name>event_notifications</name><value><array><data /></array></value></member>");
        assertThat(body).doesNotContain("\n", "<i4>", "<uuid>");

        LoginResponse back = LoginResponse.fromXmlRpc((Map<?, ?>) ((XmlRpcResponse.Success) XmlRpc.parseResponse(
                body.getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT)).value());
        assertThat(back).isEqualTo(sample());
    }

    @Test
    void llsdReplyUsesLlsdTypesAndOmitsXmlRpcOnlyKeys() {
        LoginSuccess sample = sample().toBuilder()
                .session(AGENT, AGENT, AGENT)
                .realId(null)
                .circuitCode(7)
                .lookAt(new Vector3(0.5f, 0.5f, 0))
                .startLocation("home")
                .message("hi")
                .secondsSinceEpoch(1L)
                .agentAccess("PG", "A")
                .loginFlags(new LoginFlags(true, false, true, false))
                .inventory(new LoginInventory(null, List.of(), AGENT, AGENT, List.of()))
                .gestures(List.of(new Gesture(AGENT, AGENT)))
                .classifiedCategories(List.of())
                .allowFirstLife(false)
                .maxAgentGroups(1)
                .buddyList(List.of(new Buddy(AGENT, 1, 3)))
                .optionalStrings(Map.of("search", "http://s/", "currency", "OS$"))
                .build();

        String body = LlsdXml.writeString(sample.toLlsdMap());

        assertThat(body).contains("<key>login</key><string>true</string>",
                "<key>agent_id</key><uuid>aaaaaaaa-0000-4000-8000-000000000001</uuid>",
                "<key>circuit_code</key><integer>7</integer>", "<key>search</key><string>http://s/</string>");
        assertThat(body).doesNotContain("region_size_x", "http_port", "event_notifications", "currency",
                "real_id", "inventory-root");
        Map<?, ?> parsed = (Map<?, ?>) LlsdXml.parse(body.getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
        LoginSuccess back = (LoginSuccess) LoginResponse.fromLlsd(parsed);
        assertThat(back.optionalStrings()).containsExactly(Map.entry("search", "http://s/"));
        assertThat(back).usingRecursiveComparison().ignoringFields("optionalStrings").isEqualTo(sample);
    }

    @Test
    void failureRoundTripsInBothForms() {
        LoginFailure failure = LoginFailure.incompleteCredentials();

        assertThat(failure.toXmlRpcStruct()).containsEntry("login", "false").containsEntry("reason", "key")
                .containsEntry("message", "Incomplete login credentials. Check your username and password.");
        assertThat(LoginResponse.fromXmlRpc(failure.toXmlRpcStruct())).isEqualTo(failure);
        assertThat(LoginResponse.fromLlsd(failure.toLlsdMap())).isEqualTo(failure);
        assertThat(LoginResponse.fromLlsd(Map.of("login", false))).isEqualTo(new LoginFailure("unknown", ""));
    }

    @Test
    void toleratesIntsAsStrings() {
        Map<String, Object> struct = new HashMap<>(sample().toXmlRpcStruct());
        struct.put("circuit_code", "1082984734");
        struct.put("sim_port", " 9000 ");

        LoginSuccess success = (LoginSuccess) LoginResponse.fromXmlRpc(struct);

        assertThat(success.circuitCode()).isEqualTo(1082984734);
        assertThat(success.region().simPort()).isEqualTo(9000);
    }

    @Test
    void refusesWhatAClientCannotConnectWith() {
        assertFailure("sim_ip", "localhost", "not an IPv4 literal: 'localhost'");
        assertFailure("sim_ip", "256.0.0.1", "not an IPv4 literal: '256.0.0.1'");
        assertFailure("seed_capability", "http://a b/", "not a URI: Illegal character in authority at index 7:"
                + " http://a b/");
        assertFailure("seed_capability", "/CAPS/x/", "not an absolute URI: '/CAPS/x/'");
        assertFailure("sim_port", 0, "not a UDP port: 0");
        assertFailure("agent_id", "nobody", "not a UUID: 'nobody'");
        assertFailure("circuit_code", "lots", "not a 32-bit integer: 'lots'");
        assertFailure("look_at", "[r1,r0", "bad LLSD notation: unexpected end of input: expected ']'");
        assertFailure("sim_port", null, "login server did not return a simulator address");
        assertFailure("session_id", null, "missing session_id");
        assertFailure("login", null, "login parameter missing in the response");
    }

    private static void assertFailure(String key, Object value, String reason) {
        Map<String, Object> struct = new HashMap<>(sample().toXmlRpcStruct());
        if (value == null) {
            struct.remove(key);
        } else {
            struct.put(key, value);
        }
        assertThatThrownBy(() -> LoginResponse.fromXmlRpc(struct))
                .isInstanceOfSatisfying(DecodeException.class, e -> {
                    assertThat(e.field()).isEqualTo(key);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.messageName()).isEqualTo("XML-RPC login response");
                });
    }
}
