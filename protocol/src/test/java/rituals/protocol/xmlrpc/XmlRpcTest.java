package rituals.protocol.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.testing.Captures;
import rituals.protocol.types.Bytes;
import rituals.protocol.xml.XmlLimits;

class XmlRpcTest {

    private static Map<?, ?> onlyStruct(XmlRpcCall call) {
        assertThat(call.methodName()).isEqualTo("login_to_simulator");
        assertThat(call.params()).hasSize(1);
        return (Map<?, ?>) call.params().get(0);
    }

    @Test
    void parsesLibomvLoginRequest() {
        Map<?, ?> struct = onlyStruct(XmlRpc.parseCall(Captures.bytes("login/xmlrpc-request--libomv.xml"),
                XmlLimits.DEFAULT));

        assertThat(struct.get("first")).isEqualTo("Test");
        assertThat(struct.get("passwd")).isEqualTo("$1$5f4dcc3b5aa765d61d8327deb882cf99");
        assertThat(struct.get("agree_to_tos")).isEqualTo("true");
        assertThat(struct.get("last_exec_event")).isEqualTo(0);
        assertThat(List.<Object>copyOf((List<?>) struct.get("options"))).hasSize(16).startsWith("inventory-root", "inventory-skeleton");
        assertThat(List.<Object>copyOf(struct.keySet())).startsWith("id0", "platform", "options"); // document order
    }

    @Test
    void parsesNodeMetaverseLoginRequest() {
        Map<?, ?> struct = onlyStruct(XmlRpc.parseCall(Captures.bytes("login/xmlrpc-request--node-metaverse.xml"),
                XmlLimits.DEFAULT));

        assertThat(struct.get("agree_to_tos")).isEqualTo(true);
        assertThat(struct.get("token")).isEqualTo("");
        assertThat(struct.get("build")).isEqualTo("816");
        assertThat(struct.get("viewer_digest")).isEqualTo("ce50e500-e6f0-15ab-4b9d-0591afb91ffe");
    }

    @Test
    void parsesOpenSimLoginResponses() {
        for (String peer : List.of("libomv", "node-metaverse")) {
            XmlRpcResponse response = XmlRpc.parseResponse(
                    Captures.bytes("login/xmlrpc-response--opensim-to-" + peer + ".xml"), XmlLimits.DEFAULT);

            assertThat(response).isInstanceOf(XmlRpcResponse.Success.class);
            Map<?, ?> struct = (Map<?, ?>) ((XmlRpcResponse.Success) response).value();
            assertThat(struct.get("login")).isEqualTo("true");
            assertThat(struct.get("region_x")).isEqualTo(256000);
            assertThat(struct.get("buddy-list")).isEqualTo(List.of());
            assertThat((List<?>) struct.get("classified_categories")).hasSize(9);
        }
    }

    @Test
    void parsesIndentedXmlAsOlderLibreMetaverseSendsIt() {
        String body = """
                <?xml version="1.0" encoding="us-ascii"?>
                <methodCall>
                  <methodName>login_to_simulator</methodName>
                  <params>
                    <param>
                      <value>
                        <struct>
                          <member>
                            <name>first</name>
                            <value>
                              <string>Test</string>
                            </value>
                          </member>
                          <member><name>bare</name><value> untyped text </value></member>
                          <member><value><i4>7</i4></value><name>reversed</name></member>
                        </struct>
                      </value>
                    </param>
                  </params>
                </methodCall>
                """;

        Map<?, ?> struct = onlyStruct(XmlRpc.parseCall(body.getBytes(StandardCharsets.US_ASCII), XmlLimits.DEFAULT));

        assertThat(struct.get("first")).isEqualTo("Test");
        assertThat(struct.get("bare")).isEqualTo(" untyped text ");
        assertThat(struct.get("reversed")).isEqualTo(7);
    }

    @Test
    void callWithoutParams() {
        XmlRpcCall call = XmlRpc.parseCall("<methodCall><methodName>set_login_level</methodName></methodCall>"
                .getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);

        assertThat(call).isEqualTo(new XmlRpcCall("set_login_level", List.of()));
    }

    @Test
    void writesFaultLikeOpenSim() {
        String body = new String(XmlRpc.writeFault(-32603, "Requested method [x] not found"), StandardCharsets.UTF_8);

        assertThat(body).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><int>-32603</int></value></member>"
                + "<member><name>faultString</name><value><string>Requested method [x] not found</string></value>"
                + "</member></struct></value></fault></methodResponse>");
        assertThat(XmlRpc.parseResponse(body.getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT))
                .isEqualTo(new XmlRpcResponse.Fault(-32603, "Requested method [x] not found"));
    }

    @Test
    void writesEveryTypeCompactly() {
        Map<String, Object> struct = new LinkedHashMap<>();
        struct.put("s", "a&b");
        struct.put("i", -1);
        struct.put("b", true);
        struct.put("d", 1.0E-7);
        struct.put("bin", Bytes.of((byte) 1, (byte) 2));
        struct.put("empty", List.of());
        struct.put("none", Map.of());

        String body = new String(XmlRpc.writeCall(new XmlRpcCall("m", List.of(struct))), StandardCharsets.UTF_8);

        assertThat(body).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><methodCall><methodName>m</methodName>"
                + "<params><param><value><struct>"
                + "<member><name>s</name><value><string>a&amp;b</string></value></member>"
                + "<member><name>i</name><value><int>-1</int></value></member>"
                + "<member><name>b</name><value><boolean>1</boolean></value></member>"
                + "<member><name>d</name><value><double>0.0000001</double></value></member>"
                + "<member><name>bin</name><value><base64>AQI=</base64></value></member>"
                + "<member><name>empty</name><value><array><data /></array></value></member>"
                + "<member><name>none</name><value><struct /></value></member>"
                + "</struct></value></param></params></methodCall>");
    }

    @Test
    void writerRefusesWhatXmlRpcCannotCarry() {
        assertThatThrownBy(() -> XmlRpc.writeSuccess(Map.of("k", List.of(1L))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no XML-RPC type for java.lang.Long at /k[0]");
        assertThatThrownBy(() -> XmlRpc.writeSuccess(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot carry the double NaN");
    }

    @Test
    void malformedValuesAreNamed() {
        assertCallError("<value><int>12x</int></value>", "bad <int>: not a 32-bit integer: '12x'");
        assertCallError("<value><int/></value>", "empty <int>");
        assertCallError("<value><boolean>2</boolean></value>", "not a boolean: '2'");
        assertCallError("<value><double>1e</double></value>", "bad <double>: not a real: '1e'");
        assertCallError("<value><nil/></value>", "unknown XML-RPC type <nil>");
        assertCallError("<value>x<string>y</string></value>", "text beside <string> inside <value>");
        assertCallError("<value><struct><member><name>a</name></member></struct></value>",
                "member 'a' has no <value>");
        assertCallError("<value><struct><member><name>a</name><value/></member>"
                + "<member><name>a</name><value/></member></struct></value>", "duplicate member 'a'");
        assertCallError("<value><array><value/></array></value>", "expected <data> but found <value>");
        assertCallError("<string>bare</string>", "expected <value> but found <string>");
    }

    @Test
    void responseStructureIsChecked() {
        assertResponseError("<methodResponse/>", "empty <methodResponse>");
        assertResponseError("<methodResponse><fault><value><string>x</string></value></fault></methodResponse>",
                "a fault must hold a struct");
        assertResponseError("<methodResponse><params><param><value/></param><param><value/></param></params>"
                + "</methodResponse>", "unexpected element <param> inside <params>");
    }

    private static void assertCallError(String param, String reason) {
        String body = "<methodCall><methodName>m</methodName><params><param>" + param + "</param></params></methodCall>";
        Throwable thrown = catchThrowable(() -> XmlRpc.parseCall(body.getBytes(StandardCharsets.UTF_8),
                XmlLimits.DEFAULT));
        assertThat(thrown).isInstanceOf(DecodeException.class);
        assertThat(((DecodeException) thrown).reason()).isEqualTo(reason);
    }

    private static void assertResponseError(String body, String reason) {
        Throwable thrown = catchThrowable(() -> XmlRpc.parseResponse(body.getBytes(StandardCharsets.UTF_8),
                XmlLimits.DEFAULT));
        assertThat(thrown).isInstanceOf(DecodeException.class);
        assertThat(((DecodeException) thrown).reason()).isEqualTo(reason);
        assertThat(((DecodeException) thrown).messageName()).isEqualTo(XmlRpc.RESPONSE_KIND);
    }
}
