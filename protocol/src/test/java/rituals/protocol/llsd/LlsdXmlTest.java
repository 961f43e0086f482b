package rituals.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.types.Bytes;
import rituals.protocol.xml.XmlLimits;

class LlsdXmlTest {

    private static Object parse(String xml) {
        return LlsdXml.parse(xml.getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
    }

    private static DecodeException error(String xml) {
        Throwable thrown = catchThrowable(() -> parse(xml));
        assertThat(thrown).isInstanceOf(DecodeException.class);
        return (DecodeException) thrown;
    }

    @Test
    void parsesWhatPeersSendIncludingEmptyElementsAndIndentation() {
        Object value = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <llsd>
                  <map>
                    <key>ack</key><undef />
                    <key>done</key><boolean>1</boolean>
                    <key>off</key><boolean />
                    <key>zero</key><integer />
                    <key>n</key><integer> -42 </integer>
                    <key>r</key><real>0.5</real>
                    <key>name</key><string>  spaced  </string>
                    <key>empty</key><string />
                    <key>id</key><uuid>AAAAAAAA-0000-4000-8000-000000000001</uuid>
                    <key>nil</key><uuid />
                    <key>when</key><date>2006-02-01T14:29:53.43Z</date>
                    <key>cap</key><uri>http://127.0.0.1:9000/CAPS/x/</uri>
                    <key>ip</key><binary encoding="base64">fwAA
                      AQ==</binary>
                    <key>list</key><array><string>a</string><array /></array>
                    <key>m</key><map />
                  </map>
                </llsd>
                """);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("ack", Llsd.UNDEF);
        expected.put("done", true);
        expected.put("off", false);
        expected.put("zero", 0);
        expected.put("n", -42);
        expected.put("r", 0.5);
        expected.put("name", "  spaced  ");
        expected.put("empty", "");
        expected.put("id", UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001"));
        expected.put("nil", new UUID(0, 0));
        expected.put("when", Instant.parse("2006-02-01T14:29:53.430Z"));
        expected.put("cap", URI.create("http://127.0.0.1:9000/CAPS/x/"));
        expected.put("ip", Bytes.of((byte) 127, (byte) 0, (byte) 0, (byte) 1));
        expected.put("list", List.of("a", List.of()));
        expected.put("m", Map.of());
        assertThat(value).isEqualTo(expected);
        assertThat(List.copyOf(((Map<?, ?>) value).keySet())).isEqualTo(List.copyOf(expected.keySet()));
    }

    @Test
    void emptyLlsdIsUndef() {
        assertThat(parse("<llsd />")).isEqualTo(Llsd.UNDEF);
        assertThat(parse("<llsd><undef/></llsd>")).isEqualTo(Llsd.UNDEF);
    }

    @Test
    void booleanSpellings() {
        assertThat(parse("<llsd><boolean>true</boolean></llsd>")).isEqualTo(true);
        assertThat(parse("<llsd><boolean>false</boolean></llsd>")).isEqualTo(false);
        assertThat(parse("<llsd><boolean>0</boolean></llsd>")).isEqualTo(false);
        assertThat(error("<llsd><boolean>yes</boolean></llsd>").reason()).isEqualTo("not a boolean: 'yes'");
    }

    @Test
    void nonFiniteRealSpellingsOfOtherPeers() {
        assertThat(parse("<llsd><real>nan</real></llsd>")).isEqualTo(Double.NaN);
        assertThat(parse("<llsd><real>-inf</real></llsd>")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(parse("<llsd><real>Infinity</real></llsd>")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void writesCompactDocument() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ack", Llsd.UNDEF);
        map.put("done", false);
        map.put("id", 7);
        map.put("s", "a<b&c>\r\n");
        map.put("list", List.of(1.5, 2.0));
        map.put("empty", List.of());

        assertThat(LlsdXml.writeString(map)).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?><llsd><map>"
                + "<key>ack</key><undef /><key>done</key><boolean>false</boolean><key>id</key><integer>7</integer>"
                + "<key>s</key><string>a&lt;b&amp;c&gt;&#13;\n</string>"
                + "<key>list</key><array><real>1.5</real><real>2</real></array><key>empty</key><array /></map></llsd>");
    }

    @Test
    void writerAcceptsNullAndFloatAsConveniences() {
        assertThat(parse(LlsdXml.writeString(null))).isEqualTo(Llsd.UNDEF);
        assertThat(parse(LlsdXml.writeString(0.9991014f))).isEqualTo(0.9991014);
    }

    @Test
    void writerRefusesWhatLlsdCannotCarry() {
        assertThatThrownBy(() -> LlsdXml.write(Map.of("k", 3L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no LLSD type for java.lang.Long at /k");
        assertThatThrownBy(() -> LlsdXml.write("bell\u0007"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0007");
    }

    @Test
    void badScalarsAreNamed() {
        assertThat(error("<llsd><integer>4294967296</integer></llsd>").reason())
                .isEqualTo("bad <integer>: not a 32-bit integer: '4294967296'");
        assertThat(error("<llsd><uuid>1-2-3-4-5</uuid></llsd>").reason()).isEqualTo("bad <uuid>: not a UUID: '1-2-3-4-5'");
        assertThat(error("<llsd><real>0x1p3</real></llsd>").reason()).isEqualTo("bad <real>: not a real: '0x1p3'");
        assertThat(error("<llsd><date>yesterday</date></llsd>").reason())
                .isEqualTo("bad <date>: not an ISO-8601 date: 'yesterday'");
        assertThat(error("<llsd><binary>!!!</binary></llsd>").reason()).startsWith("bad base64: ");
        assertThat(error("<llsd><binary encoding=\"base85\">x</binary></llsd>").reason())
                .isEqualTo("unsupported binary encoding 'base85' (only base64)");
    }

    @Test
    void structuralErrorsNameThePath() {
        DecodeException unknown = error("<llsd><map><key>a</key><float>1</float></map></llsd>");
        assertThat(unknown.reason()).isEqualTo("unknown LLSD element <float>");
        assertThat(unknown.block()).isEqualTo("/llsd/map/float");

        assertThat(error("<llsd><map><key>a</key></map></llsd>").reason()).isEqualTo("key 'a' has no value");
        assertThat(error("<llsd><map><string>a</string></map></llsd>").reason())
                .isEqualTo("expected <key> in <map> but found <string>");
        assertThat(error("<llsd><integer>1</integer><integer>2</integer></llsd>").reason())
                .isEqualTo("unexpected element <integer> inside <llsd>");
        assertThat(error("<llsd><integer><b>1</b></integer></llsd>").reason())
                .isEqualTo("unexpected element <b>: a text value was expected");
        assertThat(error("<llsd>text</llsd>").reason()).isEqualTo("unexpected text 'text' inside <llsd>");
    }
}
