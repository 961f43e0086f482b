package rituals.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {
    @Test
    void controlCharactersAreEscapedAndPlainTextKept() {
        assertThat(LogText.of("Test User")).isEqualTo("Test User");
        assertThat(LogText.of("a\nb\rc\td\\e\u001b[31m\u0085\u2028\u202e")).isEqualTo(
                "a\\nb\\rc\\td\\\\e\\u001b[31m\\u0085\\u2028\\u202e");
        assertThat(LogText.of(null)).isEqualTo("null");
    }

    @Test
    void longValuesAreCutWithACount() {
        String cut = LogText.of("x".repeat(60_000));
        assertThat(cut).startsWith("x".repeat(LogText.MAX_CHARS) + "…").endsWith("(59,880 more chars)");
    }
}
