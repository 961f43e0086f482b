package rituals.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;

class LlsdNotationTest {
    /** Exactly as OpenSim 0.9.2.2 sent it (captures/login/xmlrpc-response--opensim-to-libomv.xml). */
    private static final String OPENSIM_HOME =
            "{'region_handle':[r256000,r256000], 'position':[r0,r0,r0], 'look_at':[r0,r0,r0]}";

    @Test
    void parsesOpenSimLookAt() {
        assertThat(LlsdNotation.parse("[r0.9991014,r0.04238612,r0]")).isEqualTo(List.of(0.9991014, 0.04238612, 0.0));
    }

    @Test
    void parsesOpenSimHome() {
        Object home = LlsdNotation.parse(OPENSIM_HOME);

        assertThat(home).isEqualTo(Map.of(
                "region_handle", List.of(256000.0, 256000.0),
                "position", List.of(0.0, 0.0, 0.0),
                "look_at", List.of(0.0, 0.0, 0.0)));
        assertThat(List.<Object>copyOf(((Map<?, ?>) home).keySet())).containsExactly("region_handle", "position", "look_at");
    }

    @Test
    void writesOpenSimHomeByteForByte() {
        Map<String, Object> home = new LinkedHashMap<>();
        home.put("region_handle", List.of(256000.0, 256000.0));
        home.put("position", List.of(0f, 0f, 0f));
        home.put("look_at", List.of(0f, 0f, 0f));

        assertThat(LlsdNotation.write(home)).isEqualTo(OPENSIM_HOME);
    }

    @Test
    void writesFloatsWithFloatPrecisionAsOpenSimDoes() {
        assertThat(LlsdNotation.write(List.of(0.9991014f, 0.04238612f, 0f))).isEqualTo("[r0.9991014,r0.04238612,r0]");
        assertThat(LlsdNotation.write(List.of(1f, 0f, 0f))).isEqualTo("[r1,r0,r0]");
    }

    @Test
    void otherScalars() {
        UUID id = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
        Object parsed = LlsdNotation.parse(" [ i-3 , \"d\\\"q\" , 'it\\'s' , !, true, f, 1, u" + id + " ] ");

        assertThat(parsed).isEqualTo(Arrays.asList(-3, "d\"q", "it's", Llsd.UNDEF, true, false, true, id));
        assertThat(LlsdNotation.write(parsed)).isEqualTo("[i-3,'d\"q','it\\'s',!,true,false,true,u" + id + "]");
        assertThat(LlsdNotation.write("tab\there")).isEqualTo("'tab\\x09here'");
        assertThat(LlsdNotation.parse(LlsdNotation.write("tab\there\\"))).isEqualTo("tab\there\\");
    }

    @Test
    void errorsSayWhatAndWhere() {
        assertError("[r1,r0", 6, "unexpected end of input: expected ']'");
        assertError("[r1;r0]", 3, "expected ']' but found ';'");
        assertError("{region:1}", 1, "a map key must be a quoted string");
        assertError("'open", 5, "unterminated string");
        assertError("rabc", 0, "bad real: not a real: 'abc'");
        assertError("i99999999999", 0, "bad integer: not a 32-bit integer: '99999999999'");
        assertError("b64\"AA==\"", 0, "unsupported LLSD notation element 'b'");
        assertError("[r1] x", 5, "unexpected 'x' after the value");
        assertError("", 0, "unexpected end of input: a value was expected");
        assertError("[".repeat(100), 64, "nesting deeper than 64 levels");
    }

    private static void assertError(String text, int offset, String reason) {
        assertThatThrownBy(() -> LlsdNotation.parse(text))
                .isInstanceOfSatisfying(DecodeException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.offset()).isEqualTo(offset);
                    assertThat(e.messageName()).isEqualTo(LlsdNotation.KIND);
                });
    }
}
