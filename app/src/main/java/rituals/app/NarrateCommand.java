package rituals.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import rituals.server.log.LogText;
import rituals.trace.TraceEvent;
import rituals.trace.io.JsonLines;
import rituals.trace.io.RitualFiles;
import rituals.trace.io.TraceFile;
import rituals.trace.io.TraceFormatException;
import rituals.trace.narrative.Edition;

/** {@code ./rituals narrate FILE}: renders a recorded timeline (e.g. a {@code serve --ritual-log}) as a ritual. */
@Command(name = "narrate", mixinStandardHelpOptions = true,
        description = {"Renders a recorded timeline (JSON Lines from serve --ritual-log, connect --ritual-out or "
                + "perform) as the narrative, a sequence diagram and the phase timings.",
            "A log of one side only is narrated from that side, saying what the other side's probes could not see."})
public final class NarrateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A JSON Lines timeline.")
    Path file;

    @Option(names = "--edition", defaultValue = "naturalist", paramLabel = "naturalist|themed|NAME",
            description = "naturalist (default), themed (the scenario's own edition) or an edition's name.")
    String edition;

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "The scenario whose themed edition to use when the log does not name one.")
    String scenario;

    @Option(names = "--out", defaultValue = "rituals-out", paramLabel = "DIR",
            description = "Where the files go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        TraceFile trace;
        try {
            trace = JsonLines.read(file);
        } catch (TraceFormatException e) {
            stderr.println("rituals narrate: " + file + " is not a ritual log: " + e.getMessage()
                    + " (give a file written by serve --ritual-log, connect --ritual-out or perform)");
            return Failures.INPUT;
        } catch (FileSystemException e) {
            stderr.println("rituals narrate: cannot read " + file + ": " + LogText.why(e)
                    + " (give the path of a .jsonl ritual log)");
            return Failures.INPUT;
        } catch (IOException e) {
            stderr.println("rituals narrate: " + file + " is not a ritual log: " + e
                    + " (give a file written by serve --ritual-log, connect --ritual-out or perform)");
            return Failures.INPUT;
        }
        List<TraceEvent> timeline = trace.events();
        if (timeline.isEmpty()) {
            stderr.println("rituals narrate: " + file + " holds no events; was the ritual log recording?");
            return Failures.INPUT;
        }
        String played = scenario != null ? scenario : timeline.stream().map(e -> e.fact("Scenario"))
                .filter(s -> s != null).findFirst().orElse("naturalist");
        Edition chosen;
        try {
            chosen = Edition.choose(edition, played);
        } catch (RuntimeException e) {
            stderr.println("rituals narrate: " + e.getMessage());
            return 2;
        }
        String name = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
        RitualFiles.Written files = RitualFiles.write(out, name, trace.header(), timeline, chosen);
        stdout.println("Narrative  " + files.markdown());
        stdout.println("Events     " + files.jsonLines() + "  (" + timeline.size() + " events)");
        stdout.println("Diagram    " + files.mermaid());
        stdout.println("Phases     " + files.phases());
        stdout.flush();
        return 0;
    }
}
