package rituals.trace.narrative;

import java.util.List;
import java.util.Locale;

/**
 * English's indefinite article before a filled-in word: "an {@code AvatarAppearance}", "a {@code UseCircuitCode}".
 * The choice follows the sound, not the letter: a word read as letters (LLSD, HTTP, UDP) by the first letter's name,
 * a word by its first syllable, with the usual exceptions ("a use", "a unit", "a one", "an hour").
 */
final class Articles {
    /** Letters whose names begin with a vowel sound: "an LLSD login", "an HTTP reply". */
    private static final String VOWEL_SOUNDING_LETTERS = "AEFHILMNORSX";
    private static final List<String> CONSONANT_SOUNDS = List.of("eu", "ewe", "one", "once", "uni", "use", "usu", "uti");
    private static final List<String> SILENT_H = List.of("hour", "honest", "honour", "honor", "heir");

    private Articles() {}

    /** Whether a word takes "an" rather than "a". */
    static boolean takesAn(String word) {
        if (word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            return first == '8' || word.matches("1[18](\\D.*)?"); // eight, eleven, eighteen
        }
        if (word.length() > 1 && Character.isUpperCase(first) && Character.isUpperCase(word.charAt(1))) {
            return VOWEL_SOUNDING_LETTERS.indexOf(first) >= 0; // read letter by letter
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (SILENT_H.stream().anyMatch(lower::startsWith)) {
            return true;
        }
        if (CONSONANT_SOUNDS.stream().anyMatch(lower::startsWith)) {
            return false;
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }
}
