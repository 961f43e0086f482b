package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.TraceEvent;

/**
 * The environment of a ritual: who performed (from the SETTINGS events both runners emit first), over which
 * protocols, in which scenario, with which settings, which agents (when more than one) and which sides' probes were
 * recorded.
 *
 * @param title   the heading in the edition's words
 * @param entries labelled entries in order (Server, Client, Protocol, Scenario, Agents, Settings, Recorded)
 */
public record Prologue(Phrase title, List<Entry> entries) {
    /** One labelled entry, e.g. Server: Rituals venue 0.1.0 (Instrumented). */
    public record Entry(String label, Phrase value) {}

    public Prologue {
        entries = List.copyOf(entries);
    }

    /** Facts that have their own line; every other SETTINGS fact is a setting. */
    private static final Set<String> CAST = Set.of("Server", "Client", "Scenario");

    /**
     * The usual values of timeouts a performance may shorten, in ms. AckTimeout: OpenSim's [ClientStack.LindenUDP]
     * default of 60 s (LLUDPServer). EventQueueHold: the ~58 s a poll is held so that the reply beats the 60 s HTTP
     * timeout of LibreMetaverse.
     */
    private static final Map<String, Long> USUAL_MS = Map.of("AckTimeout", 60_000L, "EventQueueHold", 58_000L);

    /** Settings that are durations in ms (EVENTS.md), shown with their unit. */
    private static final Set<String> DURATIONS = Set.of("AckTimeout", "CircuitExpiry", "EventQueueHold");

    /** Merged settings of both sides, the server's first (it owns the timeouts). */
    static Map<String, String> settings(List<TraceEvent> timeline) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (Side side : new Side[] {Side.SERVER, Side.CLIENT}) {
            timeline.stream().filter(Part::isSetting).filter(e -> e.side() == side)
                    .forEach(e -> e.facts().forEach(merged::putIfAbsent));
        }
        return merged;
    }

    static Prologue of(Edition edition, List<TraceEvent> timeline, Set<Side> recorded, List<String> agents) {
        Map<String, String> settings = settings(timeline);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("Server", cast(edition, settings, "Server", recorded.contains(Side.SERVER))));
        entries.add(new Entry("Client", cast(edition, settings, "Client", recorded.contains(Side.CLIENT))));
        entries.add(new Entry("Protocol", Phrase.text(protocols(timeline, settings))));
        if (settings.containsKey("Scenario")) {
            entries.add(new Entry("Scenario", Phrase.code(settings.get("Scenario"))));
        }
        if (agents.size() > 1) {
            entries.add(new Entry("Agents", Phrase.text(agents.size() + ": " + String.join(", ", agents))));
        }
        Phrase shown = Phrase.EMPTY;
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            if (!CAST.contains(setting.getKey())) {
                shown = shown.then(Phrase.text(shown.isEmpty() ? "" : "; "))
                        .then(setting(edition, setting.getKey(), setting.getValue()));
            }
        }
        if (!shown.isEmpty()) {
            entries.add(new Entry("Settings", shown));
        }
        entries.add(new Entry("Recorded", recordedSides(edition, recorded)));
        return new Prologue(edition.words("prologue.title"), entries);
    }

    private static Phrase cast(Edition edition, Map<String, String> settings, String role, boolean recorded) {
        String name = settings.get(role);
        Phrase named = name == null ? edition.words("prologue.unnamed") : Phrase.text(name);
        return recorded ? named.then(Phrase.text(" (Instrumented)"))
                : named.then(Phrase.text(" (")).then(edition.words("prologue.foreign")).then(Phrase.text(")"));
    }

    private static Phrase setting(Edition edition, String name, String value) {
        Long usual = USUAL_MS.get(name);
        long ms = parseLong(value);
        if (usual != null && ms >= 0 && ms < usual) {
            return edition.words("prologue.shortened", k -> k.equals("name") ? name
                    : k.equals("value") ? value : k.equals("usual") ? Long.toString(usual) : null);
        }
        return Phrase.text(DURATIONS.contains(name) && ms >= 0 ? name + ": " + value + " ms" : name + ": " + value);
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The protocols actually seen, in the seeds' wording ("HTTP (XML-RPC), UDP, HTTP (Caps)"). */
    private static String protocols(List<TraceEvent> timeline, Map<String, String> settings) {
        Set<String> seen = new LinkedHashSet<>();
        for (TraceEvent e : timeline) {
            if (e.channel() == Channel.LOGIN && e.subject().startsWith("XML-RPC")) {
                seen.add("HTTP (XML-RPC)");
            } else if (e.channel() == Channel.LOGIN && e.subject().startsWith("LLSD")) {
                seen.add("HTTP (LLSD)");
            } else if (e.channel() == Channel.UDP) {
                seen.add("UDP");
            } else if (e.channel() == Channel.CAPS) {
                seen.add("HTTP (Caps)");
            }
        }
        if (seen.stream().noneMatch(p -> p.startsWith("HTTP (X") || p.startsWith("HTTP (L"))
                && settings.containsKey("LoginFormat")) {
            seen.add("HTTP (" + settings.get("LoginFormat") + ")");
        }
        return seen.isEmpty() ? "none observed" : String.join(", ", seen);
    }

    private static Phrase recordedSides(Edition edition, Set<Side> recorded) {
        if (recorded.contains(Side.SERVER) && recorded.contains(Side.CLIENT)) {
            return edition.words("prologue.both");
        }
        if (!recorded.contains(Side.SERVER) && !recorded.contains(Side.CLIENT)) {
            return edition.words("prologue.none");
        }
        Side missing = recorded.contains(Side.SERVER) ? Side.CLIENT : Side.SERVER;
        return edition.words("unseen." + missing);
    }
}
