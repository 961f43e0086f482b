package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a narrative as data: plain text with code marks (message names, values) kept as spans, so that each
 * renderer marks and escapes them in its own way (backticks in Markdown, {@code <code>} in HTML, nothing in Mermaid).
 *
 * @param spans the pieces in order
 */
public record Phrase(List<Span> spans) {
    /** A piece of a phrase: plain text, or text to show as code. */
    public record Span(String text, boolean code) {}

    public static final Phrase EMPTY = new Phrase(List.of());

    public Phrase {
        spans = List.copyOf(spans);
    }

    /** Plain text with no code marks. */
    public static Phrase text(String text) {
        return text.isEmpty() ? EMPTY : new Phrase(List.of(new Span(text, false)));
    }

    /** One code span, such as a scenario's name. */
    public static Phrase code(String text) {
        return new Phrase(List.of(new Span(text, true)));
    }

    /** The text without its marks, for renderers that cannot show code (a diagram's label). */
    public String plain() {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }

    /** The phrase as phrasebooks write it: code between backticks. */
    public String marked() {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.code() ? "`" + s.text() + "`" : s.text()));
        return out.toString();
    }

    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** This phrase followed by {@code other}. */
    public Phrase then(Phrase other) {
        List<Span> joined = new ArrayList<>(spans);
        for (Span next : other.spans) {
            int last = joined.size() - 1;
            if (last >= 0 && joined.get(last).code() == next.code()) {
                joined.set(last, new Span(joined.get(last).text() + next.text(), next.code()));
            } else {
                joined.add(next);
            }
        }
        return new Phrase(joined);
    }
}
