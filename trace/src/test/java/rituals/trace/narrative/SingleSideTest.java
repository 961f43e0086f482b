package rituals.trace.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.trace.MarkdownText.numberedLines;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rituals.trace.MarkdownText;
import rituals.trace.Side;
import rituals.trace.SyntheticRitual;

/** A ritual with a foreign peer: only our side was recorded, and the narrative says what the other could not show. */
class SingleSideTest {
    private static String narrate(String edition, String scenario, Side recorded) {
        return new Narrator(Edition.load(edition)).narrate(SyntheticRitual.of(scenario, EnumSet.of(recorded)));
    }

    private static String section(String md, String from, String to) {
        return md.substring(md.indexOf(from), md.indexOf(to));
    }

    @ParameterizedTest
    @ValueSource(strings = {"naturalist", "wallflower"})
    void serverAloneSaysTheClientWasNotSeen(String edition) {
        String md = narrate(edition, "wallflower", Side.SERVER);
        String prologue = section(md, "## Prologue", "## Part I");

        assertThat(prologue).contains("- **Server**: Rituals venue 0.1.0 (Instrumented)")
                .contains("- **Client**: not stated (not instrumented: its probes could not be read)")
                .containsPattern("- \\*\\*Recorded\\*\\*: only the (server|Venue)'s probes");
        assertThat(numberedLines(md)).isNotEmpty().noneMatch(l -> l.contains("[CLIENT]"));
        assertThat(section(md, "## Part IV", "## Part V"))
                .contains("*What the client received and how it behaved were not seen;");
        assertThat(section(md, "## Part V", "## Appendix"))
                .contains("*The client's own account of the ending (its disconnect, its verdict) was not seen.*")
                .contains("2003 ms");
    }

    @Test
    void clientAloneTellsTheEndingFromWhatReachedIt() {
        String md = narrate("naturalist", "wallflower", Side.CLIENT);

        assertThat(numberedLines(md)).isNotEmpty().noneMatch(l -> l.contains("[SERVER]"));
        assertThat(section(md, "## Prologue", "## Part I"))
                .contains("- **Server**: not stated (not instrumented")
                .contains("- **Scenario**: `wallflower`")
                .contains("- **Recorded**: only the client's probes.");
        assertThat(numberedLines(md)).extracting(MarkdownText::heading)
                .contains("[CLIENT] [UDP] SEND UseCircuitCode", "[CLIENT] [UDP] RECV RegionHandshake",
                        "[CLIENT] [UDP] RECV DisableSimulator");
        assertThat(section(md, "## Part V", "## Appendix"))
                .contains("*The server's reasons (its timers, the circuit's close) were not seen;")
                .contains("the client saw the circuit end: `DisableSimulator` after 2005 ms.");
    }

    @Test
    void bothSidesSayNothingIsMissing() {
        String md = new Narrator(Edition.load("naturalist")).narrate(SyntheticRitual.of("wallflower"));

        assertThat(md).doesNotContain("not instrumented").doesNotContain("were not seen").doesNotContain("was not seen");
    }
}
