package rituals.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.xmlrpc.XmlRpc;

/** Hostile and broken bodies must end in a DecodeException that says what was wrong, never in a crash or a leak. */
class HostileXmlTest {
    private static final String CALL_HEAD = "<?xml version=\"1.0\"?>";

    private static DecodeException callError(String body) {
        return callError(body.getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
    }

    private static DecodeException callError(byte[] body, XmlLimits limits) {
        Throwable thrown = catchThrowable(() -> XmlRpc.parseCall(body, limits));
        assertThat(thrown).isInstanceOf(DecodeException.class);
        DecodeException e = (DecodeException) thrown;
        assertThat(e.messageName()).isEqualTo(XmlRpc.CALL_KIND);
        return e;
    }

    @Test
    void billionLaughsIsRefusedAtTheDoctype() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String body = CALL_HEAD + dtd + "<methodCall><methodName>&lol9;</methodName></methodCall>";

        DecodeException e = callError(body);

        assertThat(e.reason()).isEqualTo("DTDs are not allowed");
        assertThat(e.getMessage()).contains("DTDs are not allowed", "XML-RPC methodCall");
        assertThat(e.offset()).isGreaterThan(CALL_HEAD.length());
    }

    @Test
    void externalEntityIsNeverRead() throws Exception {
        String body = CALL_HEAD + "<!DOCTYPE methodCall [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<methodCall><methodName>&xxe;</methodName></methodCall>";

        DecodeException e = callError(body);

        assertThat(e.reason()).isEqualTo("DTDs are not allowed");
        Path hostname = Path.of("/etc/hostname");
        if (Files.isReadable(hostname)) {
            String secret = Files.readString(hostname).strip();
            if (!secret.isEmpty()) {
                assertThat(e.getMessage()).doesNotContain(secret);
            }
        }
    }

    @Test
    void undeclaredEntityReferenceIsRefused() {
        DecodeException e = callError("<methodCall><methodName>&xxe;</methodName></methodCall>");

        assertThat(e.reason()).isEqualTo("entity references are not allowed (&xxe;)");
        assertThat(e.block()).isEqualTo("/methodCall/methodName");
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreDecoded() {
        var call = XmlRpc.parseCall("<methodCall><methodName>a&amp;b&#65;&lt;</methodName></methodCall>"
                .getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);

        assertThat(call.methodName()).isEqualTo("a&bA<");
    }

    @Test
    void tenMegabyteBodyIsRefusedBeforeParsing() {
        byte[] body = new byte[10 * 1024 * 1024]; // not even XML: the size check must come first

        DecodeException e = callError(body, XmlLimits.DEFAULT);

        assertThat(e.reason()).isEqualTo("body of 10485760 bytes exceeds the limit of 65536");
    }

    @Test
    void tenThousandDeepNestingIsRefused() {
        String body = "<methodCall><methodName>m</methodName><params><param><value>"
                + "<array><data><value>".repeat(10_000);

        DecodeException e = callError(body.getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT.withMaxBytes(1 << 20));

        assertThat(e.reason()).isEqualTo("nesting deeper than 64 elements");
        assertThat(e.block()).startsWith("/methodCall/params/param/value/array/data/value");
    }

    @Test
    void deepLlsdIsRefusedToo() {
        String body = "<llsd>" + "<array>".repeat(10_000);

        assertThatThrownBy(() -> LlsdXml.parse(body.getBytes(StandardCharsets.UTF_8), new XmlLimits(1 << 20, 64)))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("nesting deeper than 64 elements")
                .hasMessageContaining("LLSD XML");
    }

    @Test
    void truncatedDocumentIsNamedAsSuch() {
        DecodeException e = callError("<methodCall><methodName>login_to_simulator</methodName><params><param>");

        assertThat(e.reason()).isEqualTo("truncated document: it ended inside <param>");
        assertThat(e.block()).isEqualTo("/methodCall/params/param");
    }

    @Test
    void truncatedInsideATagIsRefused() {
        DecodeException e = callError("<methodCall><methodName>login_to_simulator</methodName><par");

        assertThat(e.getMessage()).containsAnyOf("truncated document", "malformed XML");
    }

    @Test
    void emptyBodyIsRefused() {
        assertThat(callError("").reason()).isEqualTo("empty document");
    }

    @Test
    void wrongRootElementIsRefused() {
        DecodeException e = callError("<methodResponse><params/></methodResponse>");

        assertThat(e.reason()).isEqualTo("expected root element <methodCall> but found <methodResponse>");
    }

    @Test
    void llsdWithWrongRootIsRefused() {
        assertThatThrownBy(() -> LlsdXml.parse("<map></map>".getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("expected root element <llsd> but found <map>");
    }

    @Test
    void garbageAfterTheRootIsRefused() {
        DecodeException e = callError("<methodCall><methodName>m</methodName></methodCall><methodCall/>");

        assertThat(e.reason()).startsWith("malformed XML: ");
    }

    @Test
    void notXmlAtAllIsRefused() {
        DecodeException e = callError("{\"first\":\"Test\"}");

        assertThat(e.reason()).startsWith("malformed XML: ");
        assertThat(e.block()).isEqualTo("/");
    }
}
