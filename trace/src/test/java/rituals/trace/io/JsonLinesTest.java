package rituals.trace.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rituals.trace.Channel;
import rituals.trace.MarkdownText;
import rituals.trace.Side;
import rituals.trace.SyntheticRitual;
import rituals.trace.TraceEvent;
import rituals.trace.narrative.Edition;
import rituals.trace.narrative.Line;
import rituals.trace.narrative.Narrative;
import rituals.trace.narrative.Narrator;

class JsonLinesTest {
    private static String write(List<TraceEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        JsonLines.write(events, out);
        return out.toString();
    }

    @Test
    void oneEventIsOneLineWithItsFieldsInOrder() {
        TraceEvent e = new TraceEvent(12, 11_400_123, Side.SERVER, Channel.UDP, "SEND", "AgentMovementComplete", 121,
                Map.of("Pos", "<128, 128, 26.034172>"));

        assertThat(JsonLines.line(e)).isEqualTo("{\"seq\":12,\"t_ms\":11.400123,\"side\":\"SERVER\",\"channel\":\"UDP\","
                + "\"event\":\"SEND\",\"subject\":\"AgentMovementComplete\",\"size\":121,"
                + "\"facts\":{\"Pos\":\"<128, 128, 26.034172>\"}}");
        assertThat(JsonLines.line(new TraceEvent(1, 2_000_000, Side.CLIENT, Channel.LOGIN, "START", "", -1, Map.of())))
                .contains("\"t_ms\":2,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"naturalist", "wallflower", "impostor"})
    void aTimelineReadBackIsTheSameTimelineAndTellsTheSameStory(String scenario) throws IOException {
        List<TraceEvent> timeline = SyntheticRitual.of(scenario);
        String jsonl = write(timeline);
        List<TraceEvent> back = JsonLines.read(new StringReader(jsonl));
        Narrator narrator = new Narrator(Edition.choose("themed", scenario));

        assertThat(jsonl.lines()).hasSameSizeAs(timeline);
        assertThat(back).isEqualTo(timeline);
        assertThat(narrator.narrate(back)).isEqualTo(narrator.narrate(timeline));
    }

    /** Every numbered line of the Markdown is one event of the JSON Lines, with the same side, channel and verb. */
    @Test
    void everyNumberedLineIsAnEventOfTheJsonLines() throws IOException {
        List<TraceEvent> timeline = SyntheticRitual.of("wallflower");
        Map<Long, TraceEvent> bySeq = JsonLines.read(new StringReader(write(timeline))).stream()
                .collect(Collectors.toMap(TraceEvent::seq, Function.identity()));
        Narrative narrative = new Narrator(Edition.load("wallflower")).compose(timeline);

        assertThat(MarkdownText.numberedLines(narrative.toMarkdown()))
                .containsExactlyElementsOf(narrative.lines().stream().map(Line::text).toList());
        assertThat(narrative.lines()).allSatisfy(line -> {
            TraceEvent e = bySeq.get(line.seq());
            assertThat(e).as("seq %d", line.seq()).isNotNull();
            String subject = e.subject().isEmpty() ? "" : " " + e.subject();
            assertThat(MarkdownText.heading(line.text()))
                    .isEqualTo("[" + e.side() + "] [" + e.channel() + "] " + e.event() + subject);
        });
    }

    @Test
    void blankLinesAreSkipped() throws IOException {
        String line = JsonLines.line(SyntheticRitual.of("ghost").get(0));

        assertThat(JsonLines.read(new StringReader(line + "\n\n   \n" + line + "\n"))).hasSize(2);
    }

    @Test
    void badLinesAreRefusedWithTheirNumberAndReason() {
        String good = JsonLines.line(SyntheticRitual.of("ghost").get(0));

        assertThatThrownBy(() -> JsonLines.read(new StringReader(good + "\n{\"seq\":")))
                .isInstanceOf(TraceFormatException.class).hasMessageStartingWith("line 2: not JSON");
        assertThatThrownBy(() -> JsonLines.parse(good.replace("\"SERVER\"", "\"REFEREE\"")))
                .isInstanceOf(TraceFormatException.class).hasMessage("unknown side 'REFEREE'");
        assertThatThrownBy(() -> JsonLines.parse(good.replace("\"seq\":1,", "")))
                .isInstanceOf(TraceFormatException.class).hasMessage("field seq is missing or not a number");
        assertThatThrownBy(() -> JsonLines.parse(good.replace("\"t_ms\":0", "\"t_ms\":0.0000001")))
                .isInstanceOf(TraceFormatException.class).hasMessageContaining("finer than a nanosecond");
        assertThatThrownBy(() -> JsonLines.parse("[1,2]")).isInstanceOf(TraceFormatException.class)
                .hasMessage("not a JSON object");
        assertThatThrownBy(() -> JsonLines.parse(good.replace("\"Server\":", "\"Server\":{\"x\":1},\"S\":")))
                .isInstanceOf(TraceFormatException.class).hasMessage("fact Server is not a plain value");
    }
}
