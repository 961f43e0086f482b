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
 * protocols, in which scenario, with which settings, and which sides' probes were recorded.
 */
final class Prologue {
    /** Facts that have their own line; every other SETTINGS fact is a setting. */
    private static final Set<String> CAST = Set.of("Server", "Client", "Scenario");

    /**
     * The usual values of timeouts a performance may shorten, in ms. AckTimeout: OpenSim's [ClientStack.LindenUDP]
     * default of 60 s (LLUDPServer). EventQueueHold: the ~58 s a poll is held so that the reply beats the 60 s HTTP
     * timeout of LibreMetaverse (protocol-facts §7).
     */
    private static final Map<String, Long> USUAL_MS = Map.of("AckTimeout", 60_000L, "EventQueueHold", 58_000L);

    /** Settings that are durations in ms (EVENTS.md), shown with their unit. */
    private static final Set<String> DURATIONS = Set.of("AckTimeout", "CircuitExpiry", "EventQueueHold");

    private Prologue() {}

    /** Merged settings of both sides, the server's first (it owns the timeouts). */
    static Map<String, String> settings(List<TraceEvent> timeline) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (Side side : new Side[] {Side.SERVER, Side.CLIENT}) {
            timeline.stream().filter(Part::isSetting).filter(e -> e.side() == side)
                    .forEach(e -> e.facts().forEach(merged::putIfAbsent));
        }
        return merged;
    }

    static List<String> lines(Edition edition, List<TraceEvent> timeline, Set<Side> recorded) {
        Map<String, String> settings = settings(timeline);
        List<String> lines = new ArrayList<>();
        lines.add("- **Server**: " + cast(edition, settings, "Server", recorded.contains(Side.SERVER)));
        lines.add("- **Client**: " + cast(edition, settings, "Client", recorded.contains(Side.CLIENT)));
        lines.add("- **Protocol**: " + protocols(timeline, settings));
        if (settings.containsKey("Scenario")) {
            lines.add("- **Scenario**: `" + settings.get("Scenario") + "`");
        }
        List<String> shown = new ArrayList<>();
        settings.forEach((name, value) -> {
            if (!CAST.contains(name)) {
                shown.add(setting(edition, name, value));
            }
        });
        if (!shown.isEmpty()) {
            lines.add("- **Settings**: " + String.join("; ", shown));
        }
        lines.add("- **Recorded**: " + recordedSides(edition, recorded));
        return lines;
    }

    private static String cast(Edition edition, Map<String, String> settings, String role, boolean recorded) {
        String name = settings.get(role);
        if (name == null) {
            name = edition.text("prologue.unnamed");
        }
        return recorded ? name + " (Instrumented)" : name + " (" + edition.text("prologue.foreign") + ")";
    }

    private static String setting(Edition edition, String name, String value) {
        Long usual = USUAL_MS.get(name);
        long ms = parseLong(value);
        if (usual != null && ms >= 0 && ms < usual) {
            return edition.text("prologue.shortened", k -> k.equals("name") ? name
                    : k.equals("value") ? value : k.equals("usual") ? Long.toString(usual) : null);
        }
        return DURATIONS.contains(name) && ms >= 0 ? name + ": " + value + " ms" : name + ": " + value;
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

    private static String recordedSides(Edition edition, Set<Side> recorded) {
        if (recorded.size() == 2) {
            return edition.text("prologue.both");
        }
        if (recorded.isEmpty()) {
            return edition.text("prologue.none");
        }
        Side missing = recorded.contains(Side.SERVER) ? Side.CLIENT : Side.SERVER;
        return edition.text("unseen." + missing);
    }
}
