package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fills an edition's phrase into a {@link Phrase}. Text between backticks in the phrase becomes code; a filled-in
 * value never adds marks of its own. Phrases are written by people, so a placeholder with no value renders as
 * {@code ?} rather than failing the whole narrative.
 *
 * <p>Grammar follows the values: "a {@code {subject}}" becomes "an" before a vowel sound, {@code {count:step|steps}}
 * writes the count with the singular or plural noun, and a value of {@link #OMIT} leaves out its clause (from the
 * comma before the placeholder to the comma or full stop after it), as a rate over too few events is.
 */
final class Template {
    /** A value that removes its clause from the phrase. */
    static final String OMIT = new String("\u0000omit");

    private Template() {}

    static Phrase fill(String phrase, Function<String, String> values) {
        Builder out = new Builder();
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            int close = c == '{' ? phrase.indexOf('}', i + 1) : -1;
            if (c == '`') {
                out.toggleCode();
                i++;
            } else if (close < 0) {
                out.append(String.valueOf(c));
                i++;
            } else {
                String placeholder = phrase.substring(i + 1, close);
                int colon = placeholder.indexOf(':');
                String name = colon < 0 ? placeholder : placeholder.substring(0, colon);
                String value = values.apply(name);
                i = close + 1;
                if (value == OMIT) {
                    if (out.dropClause()) {
                        i = clauseEnd(phrase, i);
                    }
                    continue;
                }
                value = value == null ? "?" : value;
                if (colon >= 0) {
                    value = value + " " + noun(placeholder.substring(colon + 1), value);
                }
                out.value(value);
            }
        }
        return out.phrase();
    }

    /** {@code step|steps} for a count: the singular for 1, else the plural (or the one form given). */
    private static String noun(String forms, String count) {
        int bar = forms.indexOf('|');
        if (bar < 0) {
            return forms;
        }
        return count.equals("1") ? forms.substring(0, bar) : forms.substring(bar + 1);
    }

    /** Where the clause that holds a left-out value ends: at the next comma or full stop, which are kept. */
    private static int clauseEnd(String phrase, int from) {
        for (int j = from; j < phrase.length(); j++) {
            char c = phrase.charAt(j);
            if (c == ',' || c == '.' || c == ';') {
                return j;
            }
        }
        return phrase.length();
    }

    /** Spans built so far, and the one being written. */
    private static final class Builder {
        private final List<Phrase.Span> done = new ArrayList<>();
        private StringBuilder current = new StringBuilder();
        private boolean code;

        void append(String text) {
            current.append(text);
        }

        void toggleCode() {
            finish();
            code = !code;
        }

        /** Appends a filled-in value, first turning a preceding "a" into "an" if the value asks for it. */
        void value(String value) {
            if (Articles.takesAn(value)) {
                if (current.length() == 0 && !done.isEmpty()) { // "a `{subject}`": the article ends the span before
                    Phrase.Span last = done.get(done.size() - 1);
                    done.set(done.size() - 1, new Phrase.Span(withAn(last.text()), last.code()));
                } else {
                    current = new StringBuilder(withAn(current.toString()));
                }
            }
            current.append(value);
        }

        /** Drops the text back to the last comma of the current span; false (dropping nothing) if it has none. */
        boolean dropClause() {
            int comma = current.lastIndexOf(",");
            if (comma < 0) {
                return false;
            }
            current.setLength(comma);
            return true;
        }

        private void finish() {
            if (current.length() > 0) {
                done.add(new Phrase.Span(current.toString(), code));
            }
            current = new StringBuilder();
        }

        Phrase phrase() {
            finish();
            return new Phrase(done);
        }

        /** "… a " becomes "… an "; any other ending is left as written. */
        private static String withAn(String text) {
            int n = text.length();
            boolean endsWithA = n >= 2 && text.charAt(n - 1) == ' ' && (text.charAt(n - 2) == 'a'
                    || text.charAt(n - 2) == 'A') && (n == 2 || !Character.isLetterOrDigit(text.charAt(n - 3)));
            return endsWithA ? text.substring(0, n - 1) + "n " : text;
        }
    }
}
