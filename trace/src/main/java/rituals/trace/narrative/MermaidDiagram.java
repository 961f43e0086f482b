package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Party;
import rituals.trace.Verb;

/**
 * The timeline as a Mermaid {@code sequenceDiagram} between the Client, the Login service, the Region and the
 * Capabilities: an arrow per message, a note per local step (authentication, circuit verdicts, behaviours), and one
 * note per kind of repetitive traffic at its first appearance. Runs of the same arrow (eighteen LayerData in a row)
 * are drawn once with their count. Each datagram is drawn once even when both sides recorded it.
 */
public final class MermaidDiagram {
    private MermaidDiagram() {}

    /** The diagram's source text (for a {@code .mmd} file or a {@code ```mermaid} block). */
    public static String render(List<TraceEvent> timeline) {
        List<TraceEvent> told = Perspective.tellOnce(timeline.stream().filter(e -> !Part.isSetting(e)).toList());
        boolean serverSawLogin = told.stream().anyMatch(e -> e.side() == Side.SERVER && e.channel() == Channel.LOGIN);
        Chorus chorus = new Chorus();
        told.stream().filter(Chorus::repetitive).forEach(chorus::add);
        Map<String, Summary> summaries = new HashMap<>();
        chorus.summaries().forEach(s -> summaries.put(s.key(), s));

        List<String> items = new ArrayList<>();
        Set<String> noted = new HashSet<>();
        for (TraceEvent e : told) {
            if (Chorus.repetitive(e)) {
                if (noted.add(e.key())) {
                    Summary s = summaries.get(e.key());
                    String span = e.channel() == Channel.CAPS ? "C,K" : "C,R";
                    items.add("Note over " + span + ": " + e.side() + " " + e.verb().label() + " " + e.subject() + " ×"
                            + s.count() + (s.count() > 1 ? " (" + s.value("rate", 0) + "/s)" : ""));
                }
            } else {
                items.add(item(e, serverSawLogin));
            }
        }

        StringBuilder out = new StringBuilder("sequenceDiagram\n");
        out.append("    participant C as Client\n");
        out.append("    participant L as Login service\n");
        out.append("    participant R as Region\n");
        out.append("    participant K as Capabilities\n");
        for (int i = 0; i < items.size(); ) {
            int run = 1;
            while (i + run < items.size() && items.get(i + run).equals(items.get(i))) {
                run++;
            }
            out.append("    ").append(safe(items.get(i))).append(run > 1 ? " ×" + run : "").append('\n');
            i += run;
        }
        return out.toString();
    }

    private static String item(TraceEvent e, boolean serverSawLogin) {
        String what = e.subject().isEmpty() ? e.verb().label() : e.subject();
        switch (e.channel()) {
            case LOGIN:
                return login(e, serverSawLogin);
            case UDP:
                if (e.verb() == Verb.SEND || e.verb() == Verb.RECV) {
                    return (e.from().role() == Party.Role.CLIENT ? "C->>R: " : "R->>C: ") + what;
                }
                return "Note over " + (e.side() == Side.CLIENT ? "C" : "R") + ": " + e.verb().label()
                        + (e.subject().isEmpty() ? "" : " " + e.subject()) + reason(e);
            case CAPS:
                boolean request = e.to().role() == Party.Role.CAPS;
                return request ? "C->>K: " + what : "K-->>C: " + what + status(e);
            case CIRCUIT:
                return "Note over R: circuit " + e.verb().label() + reason(e);
            default:
                String note = e.fact("Note");
                return "Note over C: " + Narrator.label(e)
                        + (note == null ? "" : ": " + note);
        }
    }

    private static String login(TraceEvent e, boolean serverSawLogin) {
        if (e.side() == Side.SERVER) {
            switch (e.verb()) {
                case RECV:
                    return "C->>L: " + e.subject();
                case SEND:
                    return "L-->>C: " + e.subject() + " (" + e.fact("Result") + ")";
                case CIRCUIT_PROVISION:
                    return "L->>R: provision circuit " + e.fact("Circuit");
                default:
                    return "Note over L: " + e.verb().label() + reason(e);
            }
        }
        // The client's own login steps become arrows only when the server's probes did not draw them.
        if (!serverSawLogin && e.verb() == Verb.START) {
            return "C->>L: login request";
        }
        if (!serverSawLogin && (e.verb() == Verb.PROGRESS || e.verb() == Verb.FAILED)) {
            return "L-->>C: login reply (" + (e.verb() == Verb.FAILED ? "failure" : "success") + ")";
        }
        return "Note over C: login " + Narrator.label(e) + reason(e);
    }

    private static String reason(TraceEvent e) {
        String reason = e.fact("Reason");
        return reason == null ? "" : " (" + reason + ")";
    }

    private static String status(TraceEvent e) {
        String status = e.fact("Status");
        return status == null ? "" : " (" + status + ")";
    }

    /** Mermaid ends a statement at ';' and reads '#' as an entity: keep both out of labels. */
    private static String safe(String item) {
        return item.replace(';', ',').replace("#", "no. ").replace('\n', ' ');
    }
}
