package rituals.trace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rituals.trace.SyntheticRitual;

/**
 * The Markdown of two synthetic rituals, whole, as the plain and the themed edition write them: the seeds' look, kept
 * byte for byte so that a change to the model or the renderer cannot restyle the document unnoticed. A deliberate
 * change of wording updates the file in {@code src/test/resources/golden}.
 */
class GoldenMarkdownTest {
    @ParameterizedTest
    @CsvSource({"wallflower, themed, wallflower-themed.md", "naturalist, naturalist, naturalist-naturalist.md"})
    void theDocumentIsWrittenAsBefore(String scenario, String edition, String golden) throws IOException {
        String md = new Narrator(Edition.choose(edition, scenario)).narrate(SyntheticRitual.of(scenario));

        assertThat(md).isEqualTo(read(golden));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = GoldenMarkdownTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
