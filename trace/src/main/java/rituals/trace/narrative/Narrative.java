package rituals.trace.narrative;

import java.util.List;

/**
 * A told ritual, before it becomes Markdown: title, introduction, Prologue, the five parts, the ending, the phase
 * timings and the footer. {@link #toMarkdown()} gives the seeds' shape.
 */
public record Narrative(
        String title,
        String introduction,
        String prologueTitle,
        List<String> prologue,
        List<Chapter> chapters,
        String chorusHeading,
        String endingHeading,
        List<String> ending,
        String phasesHeading,
        PhaseTable phases,
        String footer) {

    public Narrative {
        prologue = List.copyOf(prologue);
        chapters = List.copyOf(chapters);
        ending = List.copyOf(ending);
    }

    /** Every numbered line of every part, in document order. */
    public List<Line> lines() {
        return chapters.stream().flatMap(c -> c.lines().stream()).toList();
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title).append("\n\n");
        md.append('*').append(introduction).append("*\n\n");
        md.append("## ").append(prologueTitle).append('\n');
        prologue.forEach(line -> md.append(line).append('\n'));
        md.append("\n---\n");
        for (Chapter chapter : chapters) {
            md.append("\n## ").append(chapter.title()).append('\n');
            chapter.lines().forEach(line -> md.append(line.text()).append('\n'));
            if (!chapter.chorus().isEmpty()) {
                md.append('\n').append(chorusHeading).append('\n');
                chapter.chorus().forEach(line -> md.append(line).append('\n'));
            }
            for (String note : chapter.notes()) {
                md.append("\n*").append(note).append("*\n");
            }
            if (chapter.part() == Part.V) {
                md.append("\n### ").append(endingHeading).append('\n');
                ending.forEach(sentence -> md.append("- ").append(sentence).append('\n'));
            }
        }
        md.append("\n## ").append(phasesHeading).append('\n');
        md.append(phases.toMarkdown());
        md.append("\n---\n\n*").append(footer).append("*\n");
        return md.toString();
    }
}
