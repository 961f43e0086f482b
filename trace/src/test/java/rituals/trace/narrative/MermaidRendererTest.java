package rituals.trace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rituals.trace.Channel;
import rituals.trace.Party;
import rituals.trace.Scope;
import rituals.trace.Side;
import rituals.trace.SyntheticRitual;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

class MermaidRendererTest {
    private static String diagram(List<TraceEvent> timeline) {
        return new MermaidRenderer().render(new Narrator(Edition.load("naturalist")).compose(timeline));
    }

    @Test
    void theWallflowerAsASequenceDiagram() {
        String diagram = diagram(SyntheticRitual.of("wallflower"));
        List<String> lines = diagram.lines().toList();

        assertThat(lines.subList(0, 5)).containsExactly("sequenceDiagram", "    participant C as Client",
                "    participant L as Login service", "    participant R as Region",
                "    participant K as Capabilities");
        assertThat(lines).containsSubsequence(
                "    C->>L: XML-RPC login_to_simulator",
                "    Note over L: AUTH SUCCESS",
                "    Note over L: CIRCUIT PROVISION 1966132762",
                "    L-->>C: XML-RPC Response (Success)",
                "    C->>R: UseCircuitCode",
                "    R->>C: RegionHandshake",
                "    C->>K: Seed",
                "    K-->>C: Seed",
                "    Note over C: WALLFLOWER: Disabling Agent Updates (Heartbeat)",
                "    R->>C: ObjectUpdate",
                "    R->>C: LayerData ×18",
                "    Note over R: circuit TIMEOUT",
                "    R->>C: DisableSimulator",
                "    Note over R: circuit CLOSE (timeout)",
                "    Note over C: DISCONNECTED (DisableSimulator)");
        // Told once although both sides recorded it; no label may end a Mermaid statement early.
        assertThat(lines).filteredOn(l -> l.contains("UseCircuitCode")).hasSize(1);
        assertThat(lines).noneMatch(l -> l.contains(";"));
    }

    @Test
    void repetitiveTrafficBecomesOneNoteEach() {
        String diagram = diagram(SyntheticRitual.of("naturalist"));

        assertThat(diagram).contains("    Note over C,R: SERVER RECV AgentUpdate ×100 (19.86/s)\n")
                .contains("    Note over C,K: SERVER RECV EventQueueGet ×1\n");
        assertThat(diagram.lines().filter(l -> l.contains("AgentUpdate"))).hasSize(1);
    }

    @Test
    void repetitiveTrafficOfTwoEventsShowsNoRate() {
        assertThat(diagram(SyntheticRitual.of("naturalist")))
                .contains("    Note over C,R: SERVER SEND StartPingCheck ×2\n");
    }

    /** The client's login steps cross no wire in its trace (from = to = client): notes, never guessed arrows. */
    @Test
    void theClientAloneNotesItsOwnLoginSteps() {
        String diagram = diagram(SyntheticRitual.of("jilted", EnumSet.of(Side.CLIENT)));

        assertThat(diagram).contains("    Note over C: login START\n").contains("    Note over C: login FAILED (key)\n")
                .doesNotContain("participant L", "->>");
    }

    /** Participants are the parties present; arrows follow from and to, whatever the verb and the side. */
    @Test
    void arrowsFollowThePartiesEachRegionByName() {
        List<TraceEvent> timeline = List.of(
                event(1, Side.CLIENT, Verb.SEND, "UseCircuitCode", Party.CLIENT, Party.region("Alpha")),
                event(2, Side.CLIENT, Verb.RECV, "RegionHandshake", Party.region("Alpha"), Party.CLIENT),
                event(3, Side.OBSERVER, Verb.RECV, "EnableSimulator", Party.region("Beta"), Party.CLIENT),
                event(4, Side.OBSERVER, Verb.DROP, "bad-ids", Party.CLIENT, Party.region("Beta")),
                event(5, Side.OBSERVER, Verb.OPEN, "", Party.OBSERVER, Party.OBSERVER));

        assertThat(diagram(timeline).lines().toList()).containsExactly("sequenceDiagram",
                "    participant C as Client", "    participant R as Alpha", "    participant R2 as Beta",
                "    participant O as Observer",
                "    C->>R: UseCircuitCode", "    R->>C: RegionHandshake", "    R2->>C: EnableSimulator",
                "    C-xR2: DROP bad-ids", "    Note over O: OPEN");
    }

    /** A client writes "region" until it learns the name; the region its circuit is in is drawn, not a second one. */
    @Test
    void aRegionTheClientCouldNotNameIsTheOneItsCircuitIsIn() {
        Scope alpha = new Scope("Alpha", 1, 7, "", "");
        List<TraceEvent> timeline = List.of(
                new TraceEvent(1, 1, Side.CLIENT, Channel.UDP, Verb.SEND, "UseCircuitCode", 46, Party.CLIENT,
                        Party.region(""), Scope.NONE.onCircuit(7), Map.of()),
                new TraceEvent(2, 2, Side.SERVER, Channel.UDP, Verb.RECV, "UseCircuitCode", 46, Party.CLIENT,
                        Party.region("Alpha"), alpha, Map.of()),
                new TraceEvent(3, 3, Side.SERVER, Channel.UDP, Verb.SEND, "RegionHandshake", 46,
                        Party.region("Beta"), Party.CLIENT, new Scope("Beta", 2, 8, "", ""), Map.of()));

        assertThat(diagram(timeline).lines().toList()).containsExactly("sequenceDiagram",
                "    participant C as Client", "    participant R as Alpha", "    participant R2 as Beta",
                "    C->>R: UseCircuitCode ×2", "    R2->>C: RegionHandshake");
    }

    private static TraceEvent event(long seq, Side side, Verb verb, String subject, Party from, Party to) {
        return new TraceEvent(seq, seq * 1_000_000, side, Channel.UDP, verb, subject, 10, from, to, Scope.NONE,
                Map.of());
    }
}
