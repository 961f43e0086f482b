package rituals.client.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.login.LoginRequest;
import rituals.protocol.testing.Captures;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;

class LoginClientTest {
    @Test
    void readsOpenSimsRealXmlRpcReply() {
        LoginOutcome o = LoginClient.read(LoginFormat.XMLRPC, 200,
                Captures.bytes("login/xmlrpc-response--opensim-to-libomv.xml"));
        assertThat(o.success()).as(o.message()).isTrue();
        assertThat(o.reply().circuitCode()).isEqualTo(1082984734);
        assertThat(o.reply().sessionId()).isEqualTo(UUID.fromString("50e7c694-ed35-4494-9d23-63ae32336981"));
        assertThat(o.reply().region().simIp()).isEqualTo("127.0.0.1");
        assertThat(o.reply().region().simPort()).isEqualTo(9000);
        assertThat(o.reply().region().seedCapability().toString())
                .isEqualTo("http://127.0.0.1:9000/CAPS/de55b786-1701-409e-a363-bb53884194690000/");
    }

    @Test
    void aRefusalKeepsTheServersReasonAndMessage() {
        byte[] body = LlsdXml.write(Map.of("login", "false", "reason", "key", "message", "Could not authenticate"));
        LoginOutcome o = LoginClient.read(LoginFormat.LLSD, 200, body);
        assertThat(o.success()).isFalse();
        assertThat(o.reason()).isEqualTo("key");
        assertThat(o.message()).isEqualTo("Could not authenticate");
    }

    @Test
    void unreadableOrIncompleteRepliesAreMalformedNotCrashes() {
        assertThat(LoginClient.read(LoginFormat.XMLRPC, 502, "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8))
                .reason()).isEqualTo("malformed");
        byte[] noSim = XmlRpc.writeSuccess(Map.of("login", "true", "agent_id", UUID.randomUUID().toString()));
        LoginOutcome o = LoginClient.read(LoginFormat.XMLRPC, 200, noSim);
        assertThat(o.reason()).isEqualTo("malformed");
        assertThat(o.message()).contains("sim_ip");
        assertThat(LoginClient.read(LoginFormat.XMLRPC, 500, XmlRpc.writeFault(-32603, "boom")).reason())
                .isEqualTo("fault");
    }

    @Test
    void theRequestIsWhatOpenSimReadsInBothShapes() {
        LoginRequest xml = LoginRequest.fromXmlRpcCall(XmlRpc.parseCall(
                LoginClient.body(LoginFormat.XMLRPC, "Test", "User", "password", StartLocation.LAST),
                XmlLimits.DEFAULT));
        LoginRequest llsd = LoginRequest.fromLlsd((Map<?, ?>) LlsdXml.parse(
                LoginClient.body(LoginFormat.LLSD, "Test", "User", "password", StartLocation.LAST),
                XmlLimits.DEFAULT));
        for (LoginRequest r : new LoginRequest[] {xml, llsd}) {
            assertThat(r.first()).isEqualTo("Test");
            assertThat(r.last()).isEqualTo("User");
            // the libomv capture's passwd for "password"
            assertThat(r.passwd()).isEqualTo("$1$5f4dcc3b5aa765d61d8327deb882cf99");
            assertThat(r.start()).isEqualTo("last");
            assertThat(r.agreeToTos()).isTrue();
        }
        assertThat(new String(LoginClient.body(LoginFormat.XMLRPC, "Test", "User", "password", StartLocation.LAST),
                StandardCharsets.UTF_8)).contains("<methodName>login_to_simulator</methodName>");
    }

    @Test
    void theStartLocationGoesOutAsGivenInBothShapes() {
        StartLocation there = new StartLocation("uri:Default Region&128&64.5&25");
        LoginRequest xml = LoginRequest.fromXmlRpcCall(XmlRpc.parseCall(
                LoginClient.body(LoginFormat.XMLRPC, "Test", "User", "password", there), XmlLimits.DEFAULT));
        LoginRequest llsd = LoginRequest.fromLlsd((Map<?, ?>) LlsdXml.parse(
                LoginClient.body(LoginFormat.LLSD, "Test", "User", "password", StartLocation.HOME),
                XmlLimits.DEFAULT));
        assertThat(xml.start()).isEqualTo("uri:Default Region&128&64.5&25");
        assertThat(llsd.start()).isEqualTo("home");
        // the rest of the request is what the default start sends
        LoginRequest last = LoginRequest.fromXmlRpcCall(XmlRpc.parseCall(
                LoginClient.body(LoginFormat.XMLRPC, "Test", "User", "password", StartLocation.LAST),
                XmlLimits.DEFAULT));
        assertThat(xml).usingRecursiveComparison().ignoringFields("start").isEqualTo(last);
    }

    @Test
    void aStartLocationOpenSimCannotReadIsRefusedHere() {
        for (String bad : new String[] {"Last", "", "uri:", "uri:Region", "uri:Region&1&2", "uri:A&B&1&2&3",
                "uri:Region&-1&2&3", "uri:Region&1&2&3e2", "region:Here&1&2&3"}) {
            assertThatThrownBy(() -> new StartLocation(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uri:Region Name&x&y&z");
        }
        assertThat(new StartLocation("uri:Default Region&128&128&25").value())
                .isEqualTo("uri:Default Region&128&128&25");
    }
}
