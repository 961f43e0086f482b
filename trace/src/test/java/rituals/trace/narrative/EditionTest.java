package rituals.trace.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.SyntheticRitual;
import rituals.trace.Scope;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

class EditionTest {
    /** The event keys a scenario's numbered lines need that the edition cannot say in its own (themed) words. */
    private static List<String> unthemed(Edition edition, String scenario) {
        return Narrator.lineKeys(SyntheticRitual.of(scenario)).stream()
                .filter(key -> edition.sourceOf(key).filter(source -> !source.equals("naturalist")).isEmpty())
                .toList();
    }

    static Stream<Arguments> themedEditions() {
        return SyntheticRitual.SCENARIOS.stream().map(s -> Arguments.of(s, Edition.themeOf(s)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"naturalist", "dance", "wallflower", "courtship", "shy-wallflower", "impostor", "jilted",
        "ghost"})
    void everyEditionLoadsWithEveryRequiredPhrase(String name) {
        Edition edition = Edition.load(name);

        assertThat(Edition.REQUIRED).allSatisfy(key -> assertThat(edition.find(key)).as(key).isPresent());
    }

    @ParameterizedTest
    @MethodSource("themedEditions")
    void eachThemedEditionSpeaksEveryLineOfItsScenario(String scenario, String edition) {
        assertThat(Edition.exists(edition)).as("themed edition for " + scenario).isTrue();
        assertThat(unthemed(Edition.load(edition), scenario)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"naturalist", "wallflower", "shy-wallflower", "impostor", "jilted", "ghost"})
    void theNaturalistEditionHasASentenceForEveryLineOfEveryScenario(String scenario) {
        Edition naturalist = Edition.load("naturalist");

        assertThat(Narrator.lineKeys(SyntheticRitual.of(scenario)))
                .allSatisfy(key -> assertThat(naturalist.sourceOf(key)).as(key).contains("naturalist"));
    }

    /** "1 steps": a count followed by a plural noun must say {count:step|steps} so that one reads right. */
    @ParameterizedTest
    @ValueSource(strings = {"naturalist", "dance", "wallflower", "courtship", "shy-wallflower", "impostor", "jilted",
        "ghost"})
    void everyCountAgreesWithItsNoun(String name) throws java.io.IOException {
        java.util.Properties phrases = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("rituals/editions/" + name + ".properties");
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            phrases.load(reader);
        }
        assertThat(phrases.stringPropertyNames()).allSatisfy(key -> assertThat(phrases.getProperty(key)).as(key)
                .doesNotContainPattern("\\{count} [\\w-]+s\\b"));
    }

    @Test
    void theCoverageCheckCatchesAThemeThatLacksItsWords() {
        Edition plain = Edition.load("test-plain-theme");

        assertThat(unthemed(plain, "wallflower"))
                .contains("SERVER.UDP.RECV.UseCircuitCode", "CLIENT.BEHAVIOR.NOTE.WALLFLOWER", "SERVER.CIRCUIT.TIMEOUT");
    }

    @Test
    void anEditionMissingRequiredPhrasesFailsToLoadNamingThem() {
        assertThatThrownBy(() -> Edition.load("test-incomplete"))
                .isInstanceOf(EditionException.class)
                .hasMessageContaining("test-incomplete")
                .hasMessageContaining("introduction")
                .hasMessageContaining("part.V");
    }

    @Test
    void badNamesAreRefusedPlainly() {
        assertThatThrownBy(() -> Edition.load("no-such-edition"))
                .isInstanceOf(EditionException.class).hasMessageContaining("no edition named 'no-such-edition'");
        assertThatThrownBy(() -> Edition.load("../naturalist"))
                .isInstanceOf(EditionException.class).hasMessageContaining("not an edition name");
        assertThatThrownBy(() -> Edition.choose("bogus", "wallflower")).isInstanceOf(EditionException.class);
    }

    @Test
    void themedChoosesTheScenariosEdition() {
        assertThat(Edition.choose("themed", "wallflower").name()).isEqualTo("wallflower");
        assertThat(Edition.choose("themed", "naturalist").name()).isEqualTo("courtship");
        assertThat(Edition.choose("themed", "a-scenario-without-a-theme").name()).isEqualTo("naturalist");
        assertThat(Edition.choose("naturalist", "wallflower").name()).isEqualTo("naturalist");
        assertThat(Edition.choose("ghost", "wallflower").name()).isEqualTo("ghost");
    }

    @Test
    void aSentenceFallsBackFromKeyToShorterKeyToGeneric() {
        Edition naturalist = Edition.load("naturalist");
        TraceEvent exact = event(Side.SERVER, Channel.UDP, Verb.RECV, "UseCircuitCode");
        TraceEvent shorter = event(Side.SERVER, Channel.UDP, Verb.RECV, "ChatFromViewer");
        TraceEvent generic = event(Side.CLIENT, Channel.CIRCUIT, Verb.ACK, "");

        assertThat(naturalist.sentence(exact).marked()).startsWith("The server receives the first critical packet.");
        assertThat(naturalist.sentence(shorter).marked()).isEqualTo("The server receives a `ChatFromViewer` packet.");
        assertThat(naturalist.sentence(generic).marked()).isEqualTo("A probe recorded ACK .");
    }

    @Test
    void aThemesGeneralPhraseBeatsThePlainEditionsSpecificOne() {
        // naturalist has CLIENT.BEHAVIOR.EXPECT.MET, but the wallflower only its own CLIENT.BEHAVIOR... and dance's
        // EXPECT.MET: the themed chain is asked first, whatever the key's length.
        Edition wallflower = Edition.load("wallflower");
        TraceEvent step = event(Side.CLIENT, Channel.BEHAVIOR, Verb.NOTE, "WALLFLOWER");

        assertThat(wallflower.sourceOf(step.key())).contains("wallflower");
        assertThat(wallflower.sentence(event(Side.CLIENT, Channel.BEHAVIOR, Verb.EXPECT, "MET")).marked())
                .startsWith("The Suitor reflects on the evening");
    }

    @Test
    void detailsShowTheFactsTheEditionAsksFor() {
        TraceEvent use = TraceEvent.of(7, 0, Side.SERVER, Channel.UDP, Verb.RECV, "UseCircuitCode", 46, Scope.NONE,
                Map.of("CircuitCode", "1966132762"));
        TraceEvent layer = TraceEvent.of(8, 0, Side.CLIENT, Channel.UDP, Verb.RECV, "LayerData", 923, Scope.NONE,
                Map.of("Type", "Land", "Sequence", "4"));
        Edition naturalist = Edition.load("naturalist");

        assertThat(naturalist.details(use)).containsExactly(new Fact("CircuitCode", "1966132762"));
        assertThat(naturalist.details(layer)).containsExactly(new Fact("Size", "923"));
        assertThat(Edition.load("wallflower").details(TraceEvent.of(9, 0, Side.SERVER, Channel.LOGIN, Verb.SEND,
                "XML-RPC Response", -1, Scope.NONE, Map.of("Result", "Success")))).containsExactly(new Fact("", "Success"));
    }

    private static TraceEvent event(Side side, Channel channel, Verb verb, String subject) {
        return TraceEvent.of(1, 0, side, channel, verb, subject, -1, Scope.NONE, Map.of());
    }
}
