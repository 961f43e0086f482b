package rituals.client.crowd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NamePatternTest {
    @Test
    void theDefaultNamesAreThoseUserCreateCountMakes() {
        NamePattern names = NamePattern.prefixed("Bot", "Crowd");

        assertThat(names.firstOf(0) + " " + names.lastOf(0)).isEqualTo("Bot1 Crowd");
        assertThat(names.firstOf(49) + " " + names.lastOf(49)).isEqualTo("Bot50 Crowd");
    }

    @Test
    void pCampBotNamesNumberTheLastNameFromZero() {
        NamePattern names = NamePattern.parse("Test User_{n}", 0);

        assertThat(names.firstOf(0) + " " + names.lastOf(0)).isEqualTo("Test User_0");
        assertThat(names.firstOf(7) + " " + names.lastOf(7)).isEqualTo("Test User_7");
        assertThat(NamePattern.parse("  Bot_{n}   Crowd ", 1).firstOf(0)).isEqualTo("Bot_1");
    }

    @Test
    void aPatternThatCannotNameACrowdIsRefusedSayingWhy() {
        assertThatThrownBy(() -> NamePattern.parse("Bot Crowd", 1)).hasMessageContaining("has no {n}");
        assertThatThrownBy(() -> NamePattern.parse("Bot_{n}", 1)).hasMessageContaining("two words, FIRST LAST");
        assertThatThrownBy(() -> NamePattern.parse("A B_{n} C", 1)).hasMessageContaining("two words");
        assertThatThrownBy(() -> NamePattern.parse("Bot_{n} Crowd", -1)).hasMessageContaining("from 0 or more");
    }
}
