package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rituals.trace.TraceEvent;

/**
 * When each phase of the ritual was reached, in milliseconds from the start of the login. Each phase names the probe
 * keys that mark it, best first; the first key the timeline holds decides, so a phase is timed from whichever side
 * was recorded. Rows keep the ritual's canonical order, which is not always the order of time (the seed capability may
 * come before the terrain ends). The table renders alone (for tools and benchmarks) and inside the narrative.
 */
public final class PhaseTable {
    /**
     * One phase.
     *
     * @param phase          its name
     * @param event          the event that marked it, empty when the timeline never reached it
     * @param nanosFromStart time from the login start (0 when not observed)
     */
    public record Row(String phase, Optional<TraceEvent> event, long nanosFromStart) {
        public boolean observed() {
            return event.isPresent();
        }
    }

    private enum Pick { FIRST, LAST }

    private record Phase(String name, Pick pick, List<String> keys) {}

    private static final List<Phase> PHASES = List.of(
            new Phase("login reply", Pick.FIRST, List.of(
                    "SERVER.LOGIN.SEND", "CLIENT.LOGIN.PROGRESS", "CLIENT.LOGIN.FAILED")),
            // The first PacketAck of a circuit is the server's immediate answer to UseCircuitCode.
            new Phase("UseCircuitCode acked", Pick.FIRST, List.of(
                    "CLIENT.UDP.RECV.PacketAck", "SERVER.UDP.SEND.PacketAck")),
            new Phase("RegionHandshake", Pick.FIRST, List.of(
                    "SERVER.UDP.SEND.RegionHandshake", "CLIENT.UDP.RECV.RegionHandshake")),
            new Phase("AgentMovementComplete", Pick.FIRST, List.of(
                    "SERVER.UDP.SEND.AgentMovementComplete", "CLIENT.UDP.RECV.AgentMovementComplete")),
            new Phase("first LayerData", Pick.FIRST, List.of(
                    "CLIENT.UDP.RECV.LayerData", "SERVER.UDP.SEND.LayerData")),
            new Phase("last LayerData", Pick.LAST, List.of(
                    "CLIENT.UDP.RECV.LayerData", "SERVER.UDP.SEND.LayerData")),
            new Phase("first ObjectUpdate", Pick.FIRST, List.of(
                    "CLIENT.UDP.RECV.ObjectUpdate", "SERVER.UDP.SEND.ObjectUpdate")),
            new Phase("seed capability", Pick.FIRST, List.of("SERVER.CAPS.SEND.Seed", "CLIENT.CAPS.RECV.Seed")),
            new Phase("first event-queue reply", Pick.FIRST, List.of(
                    "SERVER.CAPS.SEND.EventQueueGet", "CLIENT.CAPS.RECV.EventQueueGet")),
            new Phase("end", Pick.FIRST, List.of(
                    "SERVER.CIRCUIT.CLOSE", "SERVER.CIRCUIT.EXPIRE", "CLIENT.UDP.DISCONNECTED",
                    "CLIENT.LOGIN.FAILED", "SERVER.LOGIN.AUTH_FAILURE")));

    private final String agent;
    private final long origin;
    private final List<Row> rows;

    private PhaseTable(String agent, long origin, List<Row> rows) {
        this.agent = agent;
        this.origin = origin;
        this.rows = List.copyOf(rows);
    }

    /** The phases of a timeline (either side or both) of one agent's ritual. */
    public static PhaseTable of(List<TraceEvent> timeline) {
        return of("", timeline);
    }

    /** The phases of {@code agent}'s ritual, from its events alone (see {@link Narrator} for several agents). */
    public static PhaseTable of(String agent, List<TraceEvent> timeline) {
        // Every phase scans the timeline for its keys: build each event's key once, not once per scan.
        List<String> keys = timeline.stream().map(TraceEvent::key).toList();
        Optional<TraceEvent> start = loginStart(timeline, keys);
        long origin = start.map(TraceEvent::nanos).orElse(0L);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("login start", start, 0));
        for (Phase phase : PHASES) {
            Optional<TraceEvent> found = Optional.empty();
            for (String key : phase.keys()) {
                found = find(timeline, keys, key, phase.pick());
                if (found.isPresent()) {
                    break;
                }
            }
            if (found.isEmpty() && phase.name().equals("end")) {
                // No ending was probed: the recording simply stopped, and its last event is the honest end.
                found = timeline.stream().filter(e -> !Part.isSetting(e)).reduce((a, b) -> b);
            }
            rows.add(new Row(phase.name(), found, found.map(e -> e.nanos() - origin).orElse(0L)));
        }
        return new PhaseTable(agent, origin, rows);
    }

    /**
     * Where the ritual's clock starts: the client's LOGIN START, else the server's first login request, else the first
     * event that is not a setting.
     */
    private static Optional<TraceEvent> loginStart(List<TraceEvent> timeline, List<String> keys) {
        Optional<TraceEvent> start = find(timeline, keys, "CLIENT.LOGIN.START", Pick.FIRST);
        if (start.isEmpty()) {
            start = find(timeline, keys, "SERVER.LOGIN.RECV", Pick.FIRST);
        }
        return start.isPresent() ? start : timeline.stream().filter(e -> !Part.isSetting(e)).findFirst();
    }

    /** Events whose key is {@code key} or starts with {@code key + "."}; {@code keys} are the timeline's keys. */
    private static Optional<TraceEvent> find(List<TraceEvent> timeline, List<String> keys, String key, Pick pick) {
        String prefix = key + ".";
        TraceEvent found = null;
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k.equals(key) || k.startsWith(prefix)) {
                found = timeline.get(i);
                if (pick == Pick.FIRST) {
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** The agent whose phases these are; "" when the timeline tells one agent (or none). */
    public String agent() {
        return agent;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The recorder time of the login start, which every row is measured from. */
    public long originNanos() {
        return origin;
    }
}
