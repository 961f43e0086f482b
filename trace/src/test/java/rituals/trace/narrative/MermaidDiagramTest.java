package rituals.trace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import rituals.trace.Side;
import rituals.trace.SyntheticRitual;

class MermaidDiagramTest {
    @Test
    void theWallflowerAsASequenceDiagram() {
        String diagram = MermaidDiagram.render(SyntheticRitual.of("wallflower"));
        List<String> lines = diagram.lines().toList();

        assertThat(lines.subList(0, 5)).containsExactly("sequenceDiagram", "    participant C as Client",
                "    participant L as Login service", "    participant R as Region", "    participant K as Capabilities");
        assertThat(lines).containsSubsequence(
                "    C->>L: XML-RPC login_to_simulator",
                "    Note over L: AUTH SUCCESS",
                "    L->>R: provision circuit 1966132762",
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
        String diagram = MermaidDiagram.render(SyntheticRitual.of("naturalist"));

        assertThat(diagram).contains("    Note over C,R: SERVER RECV AgentUpdate ×100 (19.86/s)\n")
                .contains("    Note over C,K: SERVER RECV EventQueueGet ×1\n");
        assertThat(diagram.lines().filter(l -> l.contains("AgentUpdate"))).hasSize(1);
    }

    @Test
    void theClientAloneDrawsItsOwnLoginArrows() {
        String diagram = MermaidDiagram.render(SyntheticRitual.of("jilted", EnumSet.of(Side.CLIENT)));

        assertThat(diagram).contains("    C->>L: login request\n").contains("    L-->>C: login reply (failure)\n");
    }
}
