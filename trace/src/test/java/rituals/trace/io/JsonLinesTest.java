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
import rituals.trace.Party;
import rituals.trace.Scope;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;
import rituals.trace.narrative.Edition;
import rituals.trace.narrative.MarkdownRenderer;
import rituals.trace.narrative.NarrativeLine;
import rituals.trace.narrative.Narrative;
import rituals.trace.narrative.Narrator;

class JsonLinesTest {
    private static final TraceHeader HEADER = TraceHeader.now(1_796_000_000_000L, "rituals 0.1.0", "JsonLinesTest");

    private static String write(List<TraceEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        JsonLines.write(HEADER, events, out);
        return out.toString();
    }

    @Test
    void oneEventIsOneLineWithItsFieldsInOrder() {
        Scope scope = new Scope("Default Region", 1099511628032000L, 1966132762, "Test User",
                "7d405ba1-d4d6-4358-9238-370d6a93d427");
        TraceEvent e = TraceEvent.of(12, 11_400_123, Side.SERVER, Channel.UDP, Verb.SEND, "AgentMovementComplete", 121,
                scope, Map.of("Pos", "<128, 128, 26.034172>"));

        assertThat(JsonLines.line(e)).isEqualTo("{\"seq\":12,\"t_ms\":11.400123,\"side\":\"SERVER\",\"channel\":\"UDP\","
                + "\"verb\":\"SEND\",\"subject\":\"AgentMovementComplete\",\"size\":121,"
                + "\"from\":\"region:Default Region\",\"to\":\"client\",\"region\":\"Default Region\","
                + "\"handle\":\"1099511628032000\",\"circuit\":1966132762,\"agent\":\"Test User\","
                + "\"agent_id\":\"7d405ba1-d4d6-4358-9238-370d6a93d427\",\"facts\":{\"Pos\":\"<128, 128, 26.034172>\"}}");
        assertThat(JsonLines.line(TraceEvent.of(1, 2_000_000, Side.CLIENT, Channel.LOGIN, Verb.START, "", -1,
                Scope.NONE, Map.of()))).contains("\"t_ms\":2,").contains("\"from\":\"client\",\"to\":\"client\",\"facts\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"naturalist", "wallflower", "impostor"})
    void aTimelineReadBackIsTheSameTimelineAndTellsTheSameStory(String scenario) throws IOException {
        List<TraceEvent> timeline = SyntheticRitual.of(scenario);
        String jsonl = write(timeline);
        TraceFile read = JsonLines.read(new StringReader(jsonl));
        List<TraceEvent> back = read.events();
        Narrator narrator = new Narrator(Edition.choose("themed", scenario));

        assertThat(jsonl.lines()).hasSize(timeline.size() + 1);
        assertThat(read.header()).isEqualTo(HEADER);
        assertThat(back).isEqualTo(timeline);
        assertThat(narrator.narrate(back)).isEqualTo(narrator.narrate(timeline));
    }

    /** Every numbered line of the Markdown is one event of the JSON Lines, with the same side, channel and verb. */
    @Test
    void everyNumberedLineIsAnEventOfTheJsonLines() throws IOException {
        List<TraceEvent> timeline = SyntheticRitual.of("wallflower");
        Map<Long, TraceEvent> bySeq = JsonLines.read(new StringReader(write(timeline))).events().stream()
                .collect(Collectors.toMap(TraceEvent::seq, Function.identity()));
        Narrative narrative = new Narrator(Edition.load("wallflower")).compose(timeline);

        assertThat(MarkdownText.numberedLines(new MarkdownRenderer().render(narrative))).map(MarkdownText::heading)
                .containsExactlyElementsOf(narrative.lines().stream().map(NarrativeLine::heading).toList());
        assertThat(narrative.lines()).allSatisfy(line -> {
            TraceEvent e = bySeq.get(line.seq());
            assertThat(e).as("seq %d", line.seq()).isNotNull();
            assertThat(List.of(line.side(), line.channel(), line.verb(), line.subject(), line.from(), line.to()))
                    .isEqualTo(List.of(e.side(), e.channel(), e.verb(), e.subject(), e.from(), e.to()));
            String subject = e.subject().isEmpty() ? "" : " " + e.subject();
            assertThat(line.heading()).isEqualTo("[" + e.side() + "] [" + e.channel() + "] "
                    + (e.verb() == Verb.NOTE ? e.subject() : e.verb().label() + subject));
        });
    }

    @Test
    void blankLinesAreSkipped() throws IOException {
        String line = JsonLines.line(SyntheticRitual.of("ghost").get(0));

        assertThat(JsonLines.read(new StringReader(line + "\n\n   \n" + line + "\n")).events()).hasSize(2);
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

    @Test
    void aFileWithoutHeaderIsReadAsSchemaOneWithItsPartiesDerived() throws IOException {
        String v1 = "{\"seq\":1,\"t_ms\":0.5,\"side\":\"SERVER\",\"channel\":\"LOGIN\",\"event\":\"AUTH SUCCESS\","
                + "\"subject\":\"\",\"size\":-1,\"facts\":{\"User\":\"Test User\"}}\n"
                + "{\"seq\":2,\"t_ms\":9,\"side\":\"CLIENT\",\"channel\":\"UDP\",\"event\":\"SEND\","
                + "\"subject\":\"UseCircuitCode\",\"size\":60,\"facts\":{}}\n"
                + "{\"seq\":3,\"t_ms\":10,\"side\":\"CLIENT\",\"channel\":\"BEHAVIOR\",\"event\":\"WALLFLOWER\","
                + "\"subject\":\"\",\"size\":-1,\"facts\":{\"Note\":\"still\"}}\n";

        TraceFile read = JsonLines.read(new StringReader(v1));

        assertThat(read.header().version()).isEqualTo(1);
        assertThat(read.events()).extracting(TraceEvent::verb).containsExactly(Verb.AUTH_SUCCESS, Verb.SEND, Verb.NOTE);
        assertThat(read.events().get(1).from()).isEqualTo(Party.CLIENT);
        assertThat(read.events().get(1).to()).isEqualTo(Party.region(""));
        assertThat(read.events().get(2).key()).isEqualTo("CLIENT.BEHAVIOR.NOTE.WALLFLOWER");
    }

    @Test
    void aNewerOrForeignSchemaFailsAtItsFirstLineNamingTheVersion() {
        String newer = "{\"schema\":\"rituals-trace\",\"version\":3,\"started\":\"\",\"tool\":\"\",\"recorder\":\"\"}\n";
        String foreign = "{\"schema\":\"otel\",\"version\":1}\n";

        assertThatThrownBy(() -> JsonLines.read(new StringReader(newer))).isInstanceOf(TraceFormatException.class)
                .hasMessage("line 1: written with trace schema version 3; this rituals reads versions 1 to 2: read it "
                        + "with a newer rituals");
        assertThatThrownBy(() -> JsonLines.read(new StringReader(foreign))).isInstanceOf(TraceFormatException.class)
                .hasMessage("line 1: not a Rituals trace: its schema is 'otel'");
    }

    @Test
    void eventsSayWhoSentWhatToWhom() {
        Map<String, TraceEvent> first = SyntheticRitual.of("naturalist").stream()
                .collect(Collectors.toMap(e -> e.key(), Function.identity(), (a, b) -> a));

        assertThat(first.get("CLIENT.LOGIN.START").from()).isEqualTo(Party.CLIENT);
        assertThat(first.get("SERVER.LOGIN.RECV.XML-RPC login_to_simulator").to()).isEqualTo(Party.LOGIN);
        assertThat(first.get("SERVER.UDP.SEND.RegionHandshake").from().role()).isEqualTo(Party.Role.REGION);
        assertThat(first.get("SERVER.UDP.SEND.RegionHandshake").to()).isEqualTo(Party.CLIENT);
        assertThat(first.get("CLIENT.UDP.RECV.LayerData").to()).isEqualTo(Party.CLIENT);
        assertThat(first.get("CLIENT.CAPS.SEND.Seed").to()).isEqualTo(Party.CAPS);
        assertThat(first.get("SERVER.CIRCUIT.OPEN").to()).isEqualTo(first.get("SERVER.CIRCUIT.OPEN").from());
    }
}
