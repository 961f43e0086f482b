package rituals.protocol.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.testing.Captures;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;
import rituals.protocol.xmlrpc.XmlRpcCall;

class LoginRequestTest {
    private static final String PASSWORD_MD5 = "$1$5f4dcc3b5aa765d61d8327deb882cf99"; // "password", as captured

    private static LoginRequest capture(String client) {
        return LoginRequest.fromXmlRpcCall(XmlRpc.parseCall(
                Captures.bytes("login/xmlrpc-request--" + client + ".xml"), XmlLimits.DEFAULT));
    }

    @Test
    void readsLibomvRequest() {
        LoginRequest request = capture("libomv");

        assertThat(request.first()).isEqualTo("Test");
        assertThat(request.last()).isEqualTo("User");
        assertThat(request.passwd()).isEqualTo(PASSWORD_MD5);
        assertThat(request.channel()).isEqualTo("LabHarness");
        assertThat(request.version()).isEqualTo("0.1.0");
        assertThat(request.start()).isEqualTo("last");
        assertThat(request.platform()).isEqualTo("lnx");
        assertThat(request.platformVersion()).isEqualTo("6.18.44.657");
        assertThat(request.mac()).isEqualTo("02:FC:00:00:00:01");
        assertThat(request.agreeToTos()).isTrue();
        assertThat(request.readCritical()).isTrue();
        assertThat(request.lastExecEvent()).isZero();
        assertThat(request.viewerDigest()).isEmpty();
        assertThat(request.options()).hasSize(16).startsWith("inventory-root", "inventory-skeleton")
                .endsWith("global-textures", "adult_compliant");
        assertThat(request.hasCredentials()).isTrue();
    }

    @Test
    void readsNodeMetaverseRequest() {
        LoginRequest request = capture("node-metaverse");

        assertThat(request.first()).isEqualTo("Test");
        assertThat(request.last()).isEqualTo("User");
        assertThat(request.passwd()).isEqualTo(PASSWORD_MD5);
        assertThat(request.channel()).isEqualTo("libnmv");
        assertThat(request.version()).isEqualTo("0.8.16.816");
        assertThat(request.agreeToTos()).isTrue(); // sent as <boolean>1</boolean>
        assertThat(request.lastExecEvent()).isZero(); // not sent
        assertThat(request.viewerDigest()).isEqualTo("ce50e500-e6f0-15ab-4b9d-0591afb91ffe");
        assertThat(request.options()).hasSize(13).contains("inventory-lib-root", "login-flags");
    }

    @Test
    void passwordHashMatchesWhatRealClientsSend() {
        assertThat(LoginPasswords.md5Form("password")).isEqualTo(PASSWORD_MD5);
        assertThat(LoginPasswords.md5Form(PASSWORD_MD5)).isEqualTo(PASSWORD_MD5);
        assertThat(LoginPasswords.md5Form("pässword")).isEqualTo("$1$" + LoginPasswords.md5Hex("pässword"))
                .hasSize(35);
    }

    @Test
    void missingKeysDefaultAsOpenSimDoes() {
        LoginRequest request = LoginRequest.fromXmlRpc(Map.of("first", "Test"));

        assertThat(request.hasCredentials()).isFalse();
        assertThat(request.missingCredentials()).containsExactly("last", "passwd");
        assertThat(List.of(request.start(), request.channel(), request.version(), request.mac(), request.id0()))
                .containsOnly("Unknown");
        assertThat(request.agreeToTos()).isFalse();
        assertThat(request.options()).isEmpty();
    }

    @Test
    void webLoginKeyStandsInForThePassword() {
        LoginRequest request = LoginRequest.fromXmlRpc(Map.of("first", "A", "last", "B",
                "web_login_key", "aaaaaaaa-0000-4000-8000-000000000001"));

        assertThat(request.passwd()).isEqualTo("$1$aaaaaaaa-0000-4000-8000-000000000001");
        assertThat(request.hasCredentials()).isTrue();
    }

    @Test
    void impossibleTypesNameTheKey() {
        assertThatThrownBy(() -> LoginRequest.fromXmlRpc(Map.of("first", Map.of())))
                .isInstanceOfSatisfying(DecodeException.class, e -> {
                    assertThat(e.field()).isEqualTo("first");
                    assertThat(e.reason()).isEqualTo("expected a string but found a struct");
                    assertThat(e.messageName()).isEqualTo("XML-RPC login request");
                });
        assertThatThrownBy(() -> LoginRequest.fromLlsd(Map.of("last_exec_event", "often")))
                .isInstanceOfSatisfying(DecodeException.class,
                        e -> assertThat(e.reason()).isEqualTo("not a 32-bit integer: 'often'"));
    }

    @Test
    void writesTheXmlRpcShapeOfOlderLibreMetaverse() {
        LoginRequest request = LoginRequest.client("Test", "User", "password", "Rituals", "0.1.0", "m1");

        String body = new String(XmlRpc.writeCall(request.toXmlRpcCall()), StandardCharsets.UTF_8);

        assertThat(body).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><methodCall><methodName>"
                + "login_to_simulator</methodName><params><param><value><struct>"
                + "<member><name>first</name><value><string>Test</string></value></member>");
        assertThat(body).contains(
                "<member><name>passwd</name><value><string>" + PASSWORD_MD5 + "</string></value></member>",
                "<member><name>agree_to_tos</name><value><string>true</string></value></member>",
                "<member><name>read_critical</name><value><string>true</string></value></member>",
                "<member><name>last_exec_event</name><value><int>0</int></value></member>");
        assertThat(body).doesNotContain("viewer_digest");
        LoginRequest back = LoginRequest.fromXmlRpcCall(XmlRpc.parseCall(body.getBytes(StandardCharsets.UTF_8),
                XmlLimits.DEFAULT));
        assertThat(back).isEqualTo(request);
    }

    @Test
    void flagsAbsentWhenFalseInXmlRpc() {
        LoginRequest request = new LoginRequest("A", "B", "$1$x", "home", "c", "v", "p", "pv", "m", "i", false, false,
                2, "", List.of());

        assertThat(request.toXmlRpc()).doesNotContainKeys("agree_to_tos", "read_critical", "viewer_digest")
                .containsEntry("last_exec_event", 2);
    }

    @Test
    void writesTheLlsdShapeOfCurrentLibreMetaverse() {
        LoginRequest request = new LoginRequest("Test", "User", PASSWORD_MD5, "uri:Default Region&128&128&20",
                "LibreMetaverse", "?.?.?", "Lin", "6.1", "mac", "id0", true, true, 0, "", LoginRequest.LMV_OPTIONS);

        Map<String, Object> map = request.toLlsd();
        assertThat(map).containsEntry("agree_to_tos", true).containsEntry("read_critical", true)
                .containsEntry("viewer_digest", "").containsEntry("last_exec_event", 0);
        String body = LlsdXml.writeString(map);
        assertThat(body).contains("<key>agree_to_tos</key><boolean>true</boolean>",
                "<key>last_exec_event</key><integer>0</integer>");

        Object back = LlsdXml.parse(body.getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
        assertThat(LoginRequest.fromLlsd((Map<?, ?>) back)).isEqualTo(request);
    }

    @Test
    void toStringKeepsThePasswordOut() {
        LoginRequest request = LoginRequest.client("Test", "User", "password", "Rituals", "0.1.0", "m1");

        assertThat(request.toString()).contains("Test User").doesNotContain("5f4dcc3b");
    }

    @Test
    void wrongMethodIsRefused() {
        Map<String, Object> struct = new LinkedHashMap<>();
        assertThatThrownBy(() -> LoginRequest.fromXmlRpcCall(
                new XmlRpcCall("set_login_level", List.of(struct))))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("expected login_to_simulator but got set_login_level");
    }
}
