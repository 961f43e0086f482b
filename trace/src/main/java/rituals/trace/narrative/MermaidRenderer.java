package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rituals.trace.Channel;
import rituals.trace.Party;
import rituals.trace.Verb;

/**
 * The narrative as a Mermaid {@code sequenceDiagram} between the parties actually present: the client (one per agent
 * when several are told), the login service, each region by name, the capabilities and the observer. An event whose
 * {@code from} and {@code to} differ is an arrow between them (a dropped datagram ends in a cross, an HTTP reply is
 * dashed); one that stays at its party is a note over it; each kind of repetitive traffic is one note at its first
 * appearance. Runs of the same arrow (eighteen LayerData in a row) are drawn once with their count.
 */
public final class MermaidRenderer implements NarrativeRenderer {
    private record Item(long seq, String text) {}

    @Override
    public String render(Narrative n) {
        boolean several = n.severalAgents();
        Participants participants = new Participants(several);
        for (PartSection part : n.parts()) {
            part.lines().forEach(l -> participants.see(l.from(), l.agent()).see(l.to(), l.agent()));
            part.chorus().forEach(c -> participants.see(c.from(), c.agent()).see(c.to(), c.agent()));
        }
        List<Item> items = new ArrayList<>();
        for (PartSection part : n.parts()) {
            part.lines().forEach(l -> items.add(new Item(l.seq(), item(l, participants, several))));
            part.chorus().forEach(c -> items.add(new Item(c.firstSeq(), chorus(c, participants))));
        }
        items.sort(Comparator.comparingLong(Item::seq));

        StringBuilder out = new StringBuilder("sequenceDiagram\n");
        participants.declarations().forEach(d -> out.append("    ").append(safe(d)).append('\n'));
        for (int i = 0; i < items.size(); ) {
            int run = 1;
            while (i + run < items.size() && items.get(i + run).text().equals(items.get(i).text())) {
                run++;
            }
            out.append("    ").append(safe(items.get(i).text())).append(run > 1 ? " ×" + run : "").append('\n');
            i += run;
        }
        return out.toString();
    }

    /** An arrow, or a note; a note over a service names its agent when several share the service. */
    private static String item(NarrativeLine l, Participants participants, boolean several) {
        String from = participants.id(l.from(), l.agent());
        String to = participants.id(l.to(), l.agent());
        if (from.equals(to)) {
            String prefix = l.channel() == Channel.CIRCUIT ? "circuit "
                    : l.channel() == Channel.LOGIN && l.from().role() == Party.Role.CLIENT ? "login " : "";
            String note = l.fact("Note");
            String circuit = l.verb() == Verb.CIRCUIT_PROVISION ? l.fact("Circuit") : null;
            String whose = several && !l.agent().isEmpty() && l.from().role() != Party.Role.CLIENT
                    ? l.agent() + ": " : "";
            return "Note over " + from + ": " + whose + prefix + l.label() + (circuit == null ? "" : " " + circuit)
                    + (note == null ? "" : ": " + note) + bracketed(l.fact("Reason"));
        }
        boolean message = l.verb() == Verb.SEND || l.verb() == Verb.RECV;
        String what = message && !l.subject().isEmpty() ? l.subject() : l.label();
        String arrow = l.verb() == Verb.DROP ? "-x"
                : l.from().role() == Party.Role.LOGIN || l.from().role() == Party.Role.CAPS ? "-->>" : "->>";
        String outcome = l.channel() == Channel.LOGIN ? l.fact("Result")
                : l.channel() == Channel.CAPS ? l.fact("Status") : null;
        return from + arrow + to + ": " + what + bracketed(outcome);
    }

    private static String chorus(ChorusLine c, Participants participants) {
        String from = participants.id(c.from(), c.agent());
        String to = participants.id(c.to(), c.agent());
        String over = from.equals(to) ? from : participants.inOrder(from, to);
        String rate = c.figure("Rate");
        return "Note over " + over + ": " + c.side() + " " + c.verb().label() + " " + c.subject() + " ×" + c.count()
                + bracketed(rate);
    }

    private static String bracketed(String value) {
        return value == null ? "" : " (" + value + ")";
    }

    /** Mermaid ends a statement at ';' and reads '#' as an entity: keep both out of labels. */
    private static String safe(String item) {
        return item.replace(';', ',').replace("#", "no. ").replace('\n', ' ');
    }

    /** The parties drawn, each with a short id, declared in a fixed order of roles and then of appearance. */
    private static final class Participants {
        private final boolean perAgent;
        private final Map<String, Party> seen = new LinkedHashMap<>();
        private final Map<String, String> agentOf = new LinkedHashMap<>();
        private final Map<String, String> ids = new LinkedHashMap<>();

        Participants(boolean perAgent) {
            this.perAgent = perAgent;
        }

        private String key(Party party, String agent) {
            return party.role() == Party.Role.CLIENT && perAgent ? "client|" + agent : party.toString();
        }

        Participants see(Party party, String agent) {
            String key = key(party, agent);
            if (seen.putIfAbsent(key, party) == null) {
                agentOf.put(key, agent);
                ids.clear();
            }
            return this;
        }

        String id(Party party, String agent) {
            if (ids.isEmpty()) {
                assign();
            }
            return ids.get(key(party, agent));
        }

        /** Two ids in declaration order, for a note spanning both. */
        String inOrder(String a, String b) {
            List<String> order = new ArrayList<>(ids.values());
            return order.indexOf(a) <= order.indexOf(b) ? a + "," + b : b + "," + a;
        }

        List<String> declarations() {
            if (ids.isEmpty()) {
                assign();
            }
            List<String> out = new ArrayList<>();
            ids.forEach((key, id) -> out.add("participant " + id + " as " + title(key)));
            return out;
        }

        private void assign() {
            for (Party.Role role : List.of(Party.Role.CLIENT, Party.Role.LOGIN, Party.Role.REGION, Party.Role.CAPS,
                    Party.Role.OBSERVER)) {
                int n = 0;
                for (Map.Entry<String, Party> e : seen.entrySet()) {
                    if (e.getValue().role() == role) {
                        n++;
                        ids.put(e.getKey(), letter(role) + (n == 1 ? "" : Integer.toString(n)));
                    }
                }
            }
        }

        private static String letter(Party.Role role) {
            switch (role) {
                case CLIENT:
                    return "C";
                case LOGIN:
                    return "L";
                case REGION:
                    return "R";
                case CAPS:
                    return "K";
                default:
                    return "O";
            }
        }

        private String title(String key) {
            Party party = seen.get(key);
            switch (party.role()) {
                case CLIENT:
                    String agent = agentOf.get(key);
                    return perAgent && !agent.isEmpty() ? agent : "Client";
                case LOGIN:
                    return "Login service";
                case REGION:
                    return party.name().isEmpty() ? "Region" : party.name();
                case CAPS:
                    return "Capabilities";
                default:
                    return "Observer";
            }
        }
    }
}
