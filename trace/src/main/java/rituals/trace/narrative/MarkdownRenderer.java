package rituals.trace.narrative;

import java.util.List;
import java.util.stream.Collectors;
import rituals.trace.TraceEvent;

/**
 * The narrative as the seeds' Markdown document: title, italic introduction, Prologue, Parts I–V with numbered lines
 * ({@code 1.  **[SERVER] [UDP] RECV UseCircuitCode**: sentence (*details*)}), summaries, the ending, the phase
 * timings and the footer. With several agents each line begins with its agent in italics, and the ending and the
 * phase timings have one sub-section per agent.
 *
 * <p>Code spans become backtick code; in plain text the characters that would start Markdown of their own
 * ({@code \ * `}, and {@code _} but within a word, as in {@code login_to_simulator}) are escaped, so a recorded
 * value can never restyle the document.
 */
public final class MarkdownRenderer implements NarrativeRenderer {
    @Override
    public String render(Narrative n) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(n.title())).append("\n\n");
        md.append('*').append(text(n.introduction())).append("*\n\n");
        md.append("## ").append(text(n.prologue().title())).append('\n');
        n.prologue().entries().forEach(entry -> md.append("- **").append(escape(entry.label())).append("**: ")
                .append(text(entry.value())).append('\n'));
        md.append("\n---\n");
        for (PartSection part : n.parts()) {
            md.append("\n## ").append(text(part.title())).append('\n');
            part.lines().forEach(line -> md.append(line(line, n.severalAgents())).append('\n'));
            if (!part.chorus().isEmpty()) {
                md.append('\n').append(text(n.chorusHeading())).append('\n');
                part.chorus().forEach(line -> md.append(chorus(line, n.severalAgents())).append('\n'));
            }
            for (Phrase note : part.notes()) {
                md.append("\n*").append(text(note)).append("*\n");
            }
            if (part.part() == Part.V) {
                md.append("\n### ").append(text(n.ending().heading())).append('\n');
                for (Ending ending : n.ending().endings()) {
                    if (!ending.agent().isEmpty()) {
                        md.append("\n#### ").append(escape(ending.agent())).append('\n');
                    }
                    ending.sentences().forEach(sentence -> md.append("- ").append(text(sentence)).append('\n'));
                }
            }
        }
        md.append("\n## ").append(text(n.phasesHeading())).append('\n');
        md.append(phases(n, "###"));
        md.append("\n---\n\n*").append(text(n.footer())).append("*\n");
        return md.toString();
    }

    /** The phase timings alone (the {@code NAME-phases.md} file): one table, or one per agent under its name. */
    public String phases(Narrative n) {
        return phases(n, "##");
    }

    private static String phases(Narrative n, String agentHeading) {
        if (n.phases().size() == 1 && n.phases().get(0).agent().isEmpty()) {
            return table(n.phases().get(0));
        }
        return n.phases().stream().map(t -> agentHeading + " " + escape(t.agent()) + "\n\n" + table(t))
                .collect(Collectors.joining("\n"));
    }

    /**
     * A Markdown table: phase, the probe that marked it, its seq, ms from the login start. Rows keep the ritual's
     * canonical order, not the order of time, so no deltas between rows are shown.
     */
    static String table(PhaseTable phases) {
        StringBuilder out = new StringBuilder();
        out.append("| Phase | Marked by | Event | ms from login start |\n");
        out.append("|---|---|---|---:|\n");
        for (PhaseTable.Row row : phases.rows()) {
            if (row.event().isEmpty()) {
                out.append("| ").append(row.phase()).append(" | not observed | | |\n");
                continue;
            }
            TraceEvent e = row.event().get();
            out.append("| ").append(row.phase()).append(" | ").append(cell(Headings.of(e))).append(" | #")
                    .append(e.seq()).append(" | ").append(Durations.millis(row.nanosFromStart())).append(" |\n");
        }
        return out.toString();
    }

    /** {@code 1.  **[SERVER] [UDP] RECV UseCircuitCode**: sentence (*details*)}, after {@code *agent* } if asked. */
    private static String line(NarrativeLine line, boolean nameAgent) {
        return "1.  " + agent(line.agent(), nameAgent) + "**" + escape(line.heading()) + "**: " + text(line.phrase())
                + facts(line.details());
    }

    private static String chorus(ChorusLine line, boolean nameAgent) {
        return "- " + agent(line.agent(), nameAgent) + "**" + escape(line.heading()) + "** ×" + line.count() + ": "
                + text(line.phrase()) + facts(line.figures());
    }

    private static String agent(String agent, boolean nameAgent) {
        return nameAgent && !agent.isEmpty() ? "*" + escape(agent) + "* " : "";
    }

    /** {@code  (*Name: value, bare value*)}, or nothing for no facts. */
    private static String facts(List<Fact> facts) {
        if (facts.isEmpty()) {
            return "";
        }
        return " (*" + facts.stream().map(f -> escape(f.plain())).collect(Collectors.joining(", ")) + "*)";
    }

    static String text(Phrase phrase) {
        StringBuilder out = new StringBuilder();
        for (Phrase.Span span : phrase.spans()) {
            out.append(span.code() ? code(span.text()) : escape(span.text()));
        }
        return out.toString();
    }

    /** A code span; a backtick inside takes a longer fence, as CommonMark allows. */
    private static String code(String text) {
        String fence = text.contains("`") ? "`` " : "`";
        return fence + text + new StringBuilder(fence).reverse();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean intraword = c == '_' && i > 0 && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
            if (c == '\\' || c == '*' || c == '`' || c == '_' && !intraword) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String cell(String text) {
        return escape(text).replace("|", "\\|");
    }
}
