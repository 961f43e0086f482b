package rituals.trace.narrative;

import java.util.function.Function;

/**
 * Fills {@code {name}} placeholders in an edition's phrase. Phrases are written by people, so a placeholder with no
 * value renders as {@code ?} rather than failing the whole narrative.
 */
final class Template {
    private Template() {}

    static String fill(String phrase, Function<String, String> values) {
        StringBuilder out = new StringBuilder(phrase.length() + 32);
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            int close = c == '{' ? phrase.indexOf('}', i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String value = values.apply(phrase.substring(i + 1, close));
            out.append(value == null ? "?" : value);
            i = close + 1;
        }
        return out.toString();
    }
}
