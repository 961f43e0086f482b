package rituals.trace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rituals.trace.Channel;
import rituals.trace.Scope;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

class TemplateTest {
    private static Phrase fill(String phrase, Map<String, String> values) {
        return Template.fill(phrase, values::get);
    }

    @Test
    void backticksBecomeCodeSpansAndValuesNeverAddMarks() {
        Phrase p = fill("The server sends `{subject}` to {who}.",
                Map.of("subject", "Region`Handshake", "who", "*you*"));

        assertThat(p.spans()).containsExactly(new Phrase.Span("The server sends ", false),
                new Phrase.Span("Region`Handshake", true), new Phrase.Span(" to *you*.", false));
        assertThat(new MarkdownRenderer().render(narrativeOf(p)))
                .contains("The server sends `` Region`Handshake `` to \\*you\\*.");
    }

    @ParameterizedTest
    @CsvSource({
        "AvatarAppearance, The client receives an `AvatarAppearance` packet.",
        "ObjectUpdate, The client receives an `ObjectUpdate` packet.",
        "UseCircuitCode, The client receives a `UseCircuitCode` packet.",
        "LayerData, The client receives a `LayerData` packet.",
        "UUIDNameReply, The client receives a `UUIDNameReply` packet."})
    void theArticleAgreesWithTheValue(String subject, String expected) {
        assertThat(fill("The client receives a `{subject}` packet.", Map.of("subject", subject)).marked())
                .isEqualTo(expected);
    }

    @Test
    void onlyAStandaloneArticleChanges() {
        assertThat(fill("A {x} and a {x} in a{x} via {x}", Map.of("x", "ImprovedTerseObjectUpdate")).plain())
                .isEqualTo("An ImprovedTerseObjectUpdate and an ImprovedTerseObjectUpdate in "
                        + "aImprovedTerseObjectUpdate via ImprovedTerseObjectUpdate");
        assertThat(fill("an {x}", Map.of("x", "HTTP reply")).plain()).isEqualTo("an HTTP reply");
        assertThat(fill("a {x}", Map.of("x", "LLSD login")).plain()).isEqualTo("an LLSD login");
        assertThat(fill("a {x}", Map.of("x", "UDP datagram")).plain()).isEqualTo("a UDP datagram");
    }

    @Test
    void aCountTakesTheSingularOnlyForOne() {
        assertThat(fill("{n:step|steps} in rhythm", Map.of("n", "1")).plain()).isEqualTo("1 step in rhythm");
        assertThat(fill("{n:step|steps} in rhythm", Map.of("n", "0")).plain()).isEqualTo("0 steps in rhythm");
        assertThat(fill("{n:reply|replies}", Map.of("n", "12")).plain()).isEqualTo("12 replies");
    }

    @Test
    void anOmittedValueTakesItsClauseWithIt() {
        String phrase = "X was exchanged {times}, about {rate} per second, from {first} to {last}.";

        assertThat(fill(phrase, Map.of("times", "twice", "rate", Template.OMIT, "first", "1 s", "last", "2 s")).plain())
                .isEqualTo("X was exchanged twice, from 1 s to 2 s.");
        assertThat(fill("heartbeat: about {rate} per second.", Map.of("rate", Template.OMIT)).plain())
                .as("no comma before: only the value goes").isEqualTo("heartbeat: about  per second.");
    }

    /** Two events are one gap, not a rate: the rate and its figure appear from the third event on. */
    @Test
    void aRateNeedsThreeEvents() {
        Summary two = Summary.of(ping(0), "").add(ping(500));
        Summary three = two.add(ping(1000));

        assertThat(two.value("rate", 0)).isSameAs(Template.OMIT);
        assertThat(two.figures(0)).extracting(Fact::name).containsExactly("Count", "First", "Last", "Bytes");
        assertThat(three.value("rate", 0)).isEqualTo("2.00");
        assertThat(three.figures(0)).contains(new Fact("Rate", "2.00/s"));
    }

    @Test
    void oneEventHasNoSpanToTell() {
        String phrase = "{subject} was exchanged {times}, about {rate} per second, from {first} to {last}.";
        Summary one = Summary.of(ping(1000), "");

        assertThat(Template.fill(phrase, name -> one.value(name, 0)).plain())
                .isEqualTo("StartPingCheck was exchanged once.");
        assertThat(Template.fill(phrase, name -> one.add(ping(1500)).value(name, 0)).plain())
                .isEqualTo("StartPingCheck was exchanged twice, from 1.000 s to 1.500 s.");
        assertThat(one.figures(0)).contains(new Fact("First", "1.000 s"), new Fact("Last", "1.000 s"));
    }

    private static TraceEvent ping(long millis) {
        return TraceEvent.of(millis, millis * 1_000_000, Side.SERVER, Channel.UDP, Verb.SEND, "StartPingCheck", 12,
                Scope.NONE, Map.of());
    }

    @Test
    void aMissingValueShowsAsAQuestionMark() {
        assertThat(fill("{nothing} here", Map.of()).plain()).isEqualTo("? here");
    }

    private static Narrative narrativeOf(Phrase title) {
        Prologue prologue = new Prologue(Phrase.EMPTY, List.of());
        return new Narrative(title, Phrase.EMPTY, prologue, List.of(), Phrase.EMPTY,
                new EndingSection(Phrase.EMPTY, List.of()), Phrase.EMPTY, List.of(PhaseTable.of(List.of())),
                Phrase.EMPTY, List.of());
    }
}
