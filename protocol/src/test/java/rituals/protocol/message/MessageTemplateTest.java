package rituals.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The conformance test's template reader, on a hand-written snippet in the template's format. */
class MessageTemplateTest {
    @Test
    void readsHeadersBlocksAndSizedFields() {
        Map<String, MessageTemplate.Msg> m = MessageTemplate.parse("""
                version 2.0
                // a comment { with braces }
                {
                    Hello Fixed 0xFFFFFFF0 NotTrusted Unencoded UDPBlackListed
                    {
                        Who Single
                        {   Name    Variable 1  }  // trailing comment
                        {   Port    IPPORT      }
                    }
                    {
                        Pairs Multiple 4
                        {   Tag     Fixed 4     }
                    }
                }
                {
                    Empty Low 77 Trusted Zerocoded
                }
                """);
        assertThat(m).containsOnlyKeys("Hello", "Empty");
        MessageTemplate.Msg hello = m.get("Hello");
        assertThat(hello.number()).isEqualTo(0xFFFFFFF0L);
        assertThat(hello.encoding()).isEqualTo("Unencoded");
        assertThat(hello.blocks()).containsExactly(
                new MessageTemplate.Block("Who", "Single", List.of(
                        new MessageTemplate.Field("Name", "Variable 1"), new MessageTemplate.Field("Port", "IPPORT"))),
                new MessageTemplate.Block("Pairs", "Multiple 4", List.of(new MessageTemplate.Field("Tag", "Fixed 4"))));
        assertThat(m.get("Empty")).isEqualTo(new MessageTemplate.Msg("Empty", "Low", 77, "Trusted", "Zerocoded", List.of()));
    }

    @Test
    void refusesATruncatedMessage() {
        assertThatThrownBy(() -> MessageTemplate.parse("{ Broken Low 1 Trusted Unencoded { B Single { F U8 }"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ends inside a message");
    }
}
