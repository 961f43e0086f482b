package rituals.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.http.TestVenue.libomvLoginBody;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.login.LoginFailure;
import rituals.protocol.testing.Captures;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xmlrpc.XmlRpc;
import rituals.protocol.xmlrpc.XmlRpcResponse;
import rituals.server.login.LoginService;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/** Login over loopback HTTP, with the real clients' request bodies. */
class LoginIT extends VenueFixture {
    static final String TEXT_XML = "text/xml";
    static final String LLSD_XML = "application/llsd+xml";


    HttpResponse<String> libomvLogin() {
        return venue.post("/", TEXT_XML, Captures.bytes("login/xmlrpc-request--libomv.xml"));
    }

    /** The XML-RPC type of a top-level member, read from the raw reply so the codec cannot hide it. */
    static String xmlRpcType(String xml, String key) {
        Matcher m = Pattern.compile("<member><name>" + Pattern.quote(key) + "</name><value><([a-z0-9.]+)")
                .matcher(xml);
        return m.find() ? m.group(1) : "(absent)";
    }

    static String xmlRpcValue(String xml, String key) {
        Matcher m = Pattern.compile("<member><name>" + Pattern.quote(key)
                + "</name><value><[a-z0-9]+>([^<]*)</").matcher(xml);
        return m.find() ? m.group(1) : "(absent)";
    }

    @Test
    void xmlRpcLoginWithTheLibomvCaptureGivesEverySuccessField() {
        HttpResponse<String> r = libomvLogin();
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(TEXT_XML));
        String xml = r.body();
        // The types LibreMetaverse up to 2.5.1 needs: login the string "true"; numbers <int> (a string reads as 0).
        assertThat(xmlRpcType(xml, "login")).isEqualTo("string");
        assertThat(xmlRpcValue(xml, "login")).isEqualTo("true");
        for (String key : new String[] {"circuit_code", "sim_port", "region_x", "region_y", "seconds_since_epoch",
            "region_size_x", "region_size_y", "http_port", "max-agent-groups"}) {
            assertThat(xmlRpcType(xml, key)).as(key).isIn("int", "i4");
        }
        for (String key : new String[] {"first_name", "last_name", "agent_id", "session_id", "secure_session_id",
            "sim_ip", "seed_capability", "look_at", "home", "start_location", "message", "agent_access",
            "agent_access_max"}) {
            assertThat(xmlRpcType(xml, key)).as(key).isEqualTo("string");
        }
        for (String key : new String[] {"login-flags", "global-textures", "inventory-root", "inventory-skeleton",
            "inventory-lib-root", "inventory-lib-owner", "inventory-skel-lib", "gestures", "initial-outfit",
            "event_categories", "event_notifications", "classified_categories", "ui-config", "buddy-list"}) {
            assertThat(xmlRpcType(xml, key)).as(key).isEqualTo("array");
        }
        assertThat(xmlRpcValue(xml, "first_name")).isEqualTo("Test");
        assertThat(xmlRpcValue(xml, "agent_id")).isEqualTo(venue.test.agentId().toString());
        assertThat(xmlRpcValue(xml, "sim_ip")).isEqualTo("127.0.0.1");
        assertThat(xmlRpcValue(xml, "sim_port")).isEqualTo("9000");
        assertThat(xmlRpcValue(xml, "region_x")).isEqualTo("256000");
        assertThat(xmlRpcValue(xml, "region_y")).isEqualTo("256000");
        assertThat(Long.parseLong(xmlRpcValue(xml, "circuit_code"))).isNotNegative();
        URI seed = URI.create(xmlRpcValue(xml, "seed_capability"));
        assertThat(seed.isAbsolute()).isTrue();
        assertThat(seed.getPath()).matches("/CAPS/[0-9a-f-]{36}0000/");
        assertThat(seed.getPort()).isEqualTo(venue.http.boundPort());

        assertThat(venue.recorder.timeline()).extracting(TraceEvent::key).containsExactly(
                "SERVER.LOGIN.RECV.XML-RPC login_to_simulator",
                "SERVER.LOGIN.AUTH_SUCCESS",
                "SERVER.LOGIN.CIRCUIT_PROVISION",
                "SERVER.LOGIN.SEND.XML-RPC Response");
        TraceEvent recv = venue.recorder.timeline().get(0);
        assertThat(recv.facts()).containsEntry("User", "Test User").containsEntry("Channel", "LabHarness")
                .containsEntry("Viewer", "0.1.0");
        TraceEvent send = venue.recorder.timeline().get(3);
        assertThat(send.facts()).containsEntry("Result", "Success")
                .containsEntry("Circuit", xmlRpcValue(xml, "circuit_code"));
        assertThat(send.size()).isEqualTo(r.body().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void nodeMetaverseLoginSucceedsToo() {
        HttpResponse<String> r = venue.post("/", TEXT_XML, Captures.bytes("login/xmlrpc-request--node-metaverse.xml"));
        assertThat(xmlRpcValue(r.body(), "login")).isEqualTo("true");
    }

    @Test
    void llsdLoginSucceedsWithRealLlsdTypes() {
        String body = """
                <?xml version="1.0" encoding="utf-8"?><llsd><map>
                <key>first</key><string>Test</string><key>last</key><string>User</string>
                <key>passwd</key><string>$1$5f4dcc3b5aa765d61d8327deb882cf99</string>
                <key>start</key><string>last</string><key>channel</key><string>LibreMetaverse</string>
                <key>version</key><string>2.5.2</string><key>platform</key><string>Linux</string>
                <key>mac</key><string>00:00:00:00:00:00</string><key>id0</key><string>x</string>
                <key>agree_to_tos</key><boolean>1</boolean><key>read_critical</key><boolean>1</boolean>
                <key>viewer_digest</key><string/><key>last_exec_event</key><integer>0</integer>
                <key>options</key><array><string>inventory-root</string></array>
                </map></llsd>""";
        HttpResponse<String> r = venue.post("/", LLSD_XML, body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(LLSD_XML));
        String xml = r.body();
        assertThat(xml).contains("<key>login</key><string>true</string>")
                .contains("<key>agent_id</key><uuid>" + venue.test.agentId() + "</uuid>")
                .contains("<key>sim_ip</key><string>127.0.0.1</string>")
                .contains("<key>sim_port</key><integer>9000</integer>")
                .contains("<key>region_x</key><integer>256000</integer>")
                .doesNotContain("region_size_x");
        Map<?, ?> map = (Map<?, ?>) LlsdXml.parse(r.body().getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
        assertThat(map.get("circuit_code")).isInstanceOf(Integer.class);
        assertThat(URI.create(String.valueOf(map.get("seed_capability"))).isAbsolute()).isTrue();
        assertThat(venue.recorder.timeline().get(0).key()).isEqualTo("SERVER.LOGIN.RECV.LLSD login");
    }

    void assertRefused(HttpResponse<String> r, LoginFailure expected) {
        assertThat(r.statusCode()).isEqualTo(200);
        XmlRpcResponse parsed = XmlRpc.parseResponse(r.body().getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
        @SuppressWarnings("unchecked")
        Map<String, Object> struct = (Map<String, Object>) ((XmlRpcResponse.Success) parsed).value();
        assertThat(struct).containsEntry("login", "false").containsEntry("reason", expected.reason())
                .containsEntry("message", expected.message());
    }

    @Test
    void unknownUserWrongPasswordAndMissingCredentialsAreRefused() {
        assertRefused(venue.post("/", TEXT_XML, libomvLoginBody("Nobody", "$1$5f4dcc3b5aa765d61d8327deb882cf99")),
                LoginFailure.badCredentials());
        assertRefused(venue.post("/", TEXT_XML, libomvLoginBody("Test", "$1$00000000000000000000000000000000")),
                LoginFailure.badCredentials());
        assertRefused(venue.post("/", TEXT_XML, libomvLoginBody("Test", "")), LoginFailure.incompleteCredentials());
        assertThat(LoginFailure.badCredentials().reason()).isEqualTo("key");
        assertThat(LoginFailure.badCredentials().message()).startsWith("Could not authenticate your avatar.");
        assertThat(venue.recorder.timeline()).filteredOn(e -> e.verb() == Verb.AUTH_FAILURE).hasSize(3);
        assertThat(venue.recorder.timeline()).filteredOn(e -> e.verb() == Verb.SEND)
                .allSatisfy(e -> assertThat(e.fact("Result")).isEqualTo("Failure"));
    }

    @Test
    void aSecondLoginKicksTheFirstSession() {
        String first = xmlRpcValue(libomvLogin().body(), "seed_capability");
        String second = xmlRpcValue(libomvLogin().body(), "seed_capability");
        assertThat(second).isNotEqualTo(first);
        String llsdArray = "<llsd><array><string>EventQueueGet</string></array></llsd>";
        assertThat(venue.post(URI.create(first).getPath(), LLSD_XML, llsdArray).statusCode()).isEqualTo(404);
        assertThat(venue.post(URI.create(second).getPath(), LLSD_XML, llsdArray).statusCode()).isEqualTo(200);
        assertThat(venue.recorder.timeline()).filteredOn(e -> e.verb() == Verb.KICK).singleElement()
                .satisfies(e -> assertThat(e.fact("Reason")).isEqualTo(LoginService.KICK_REASON));
    }

    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
            <methodCall><methodName>login_to_simulator</methodName><params><param><value><struct>
            <member><name>first</name><value><string>&lol4;</string></value></member>
            </struct></value></param></params></methodCall>""";

    @Test
    void billionLaughsIsAnsweredWithAFaultAndTheNextLoginWorks() {
        HttpResponse<String> r = venue.post("/", TEXT_XML, BILLION_LAUGHS);
        XmlRpcResponse parsed = XmlRpc.parseResponse(r.body().getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
        assertThat(parsed).isInstanceOf(XmlRpcResponse.Fault.class);
        assertThat(((XmlRpcResponse.Fault) parsed).message()).contains("DTDs are not allowed");
        HttpResponse<String> llsd = venue.post("/", LLSD_XML, BILLION_LAUGHS.replace("methodCall", "llsd"));
        assertThat(llsd.statusCode()).isEqualTo(400);
        assertThat(llsd.body()).contains("DTDs are not allowed");
        assertThat(xmlRpcValue(libomvLogin().body(), "login")).isEqualTo("true");
    }

    @Test
    void aTenMegabyteBodyIsRefusedAndTheNextLoginWorks() {
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        HttpResponse<String> r = venue.post("/", TEXT_XML, huge);
        XmlRpcResponse parsed = XmlRpc.parseResponse(r.body().getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
        assertThat(((XmlRpcResponse.Fault) parsed).message()).contains("exceeds 65536 bytes");
        HttpResponse<String> llsd = venue.post("/", LLSD_XML, huge);
        assertThat(llsd.statusCode()).isEqualTo(413);
        assertThat(llsd.body()).contains("exceeds 65536 bytes");
        assertThat(xmlRpcValue(libomvLogin().body(), "login")).isEqualTo("true");
    }

    @Test
    void otherMethodsAndMalformedBodiesGetClearErrors() {
        HttpResponse<String> unknown = venue.post("/", TEXT_XML,
                "<methodCall><methodName>get_grid_info</methodName><params/></methodCall>");
        XmlRpcResponse parsed = XmlRpc.parseResponse(unknown.body().getBytes(StandardCharsets.UTF_8),
                XmlLimits.DEFAULT);
        assertThat(((XmlRpcResponse.Fault) parsed).message()).isEqualTo("Requested method [get_grid_info] not found");
        assertThat(venue.post("/", LLSD_XML, "<llsd><array/></llsd>").statusCode()).isEqualTo(400);
        assertThat(venue.post("/", TEXT_XML, "not xml").body()).contains("<fault>");
        assertThat(venue.get("/").statusCode()).isEqualTo(405);
    }
}
