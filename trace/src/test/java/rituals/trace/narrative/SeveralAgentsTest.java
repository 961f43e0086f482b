package rituals.trace.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.trace.MarkdownText.numberedLines;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import rituals.trace.SyntheticRitual;
import rituals.trace.TraceEvent;
import rituals.trace.TwoAgentRitual;
import rituals.trace.io.JsonLines;
import rituals.trace.io.TraceHeader;

/** A venue's log of two agents at once: each line names its agent, and no ending or phase mixes the two. */
class SeveralAgentsTest {
    private static final List<TraceEvent> TWO = TwoAgentRitual.timeline();
    private static final Narrative NARRATIVE = new Narrator(Edition.load("naturalist")).compose(TWO);
    private static final String MD = new MarkdownRenderer().render(NARRATIVE);

    private static String section(String from, String to) {
        return MD.substring(MD.indexOf(from), MD.indexOf(to));
    }

    @Test
    void everyLineNamesItsAgentEvenWhereItsProbeKnewOnlyTheId() {
        assertThat(NARRATIVE.agents()).containsExactly(TwoAgentRitual.ALICE, TwoAgentRitual.BOB);
        assertThat(NARRATIVE.lines()).extracting(NarrativeLine::agent).containsOnly(TwoAgentRitual.ALICE,
                TwoAgentRitual.BOB);
        assertThat(numberedLines(MD)).isNotEmpty()
                .allMatch(l -> l.startsWith("1.  *Alice Crowd* **[SERVER]")
                        || l.startsWith("1.  *Bob Crowd* **[SERVER]"));
        assertThat(numberedLines(MD)).filteredOn(l -> l.contains("RECV UseCircuitCode**")).hasSize(2);
        assertThat(section("## Prologue", "## Part I")).contains("- **Agents**: 2: Alice Crowd, Bob Crowd");
    }

    @Test
    void eachAgentsHeartbeatIsCountedApart() {
        assertThat(MD).contains("- *Alice Crowd* **[SERVER] [UDP] RECV AgentUpdate** ×5: The client's heartbeat: 5 "
                + "AgentUpdates reached the server, about 10.00 per second")
                .contains("- *Bob Crowd* **[SERVER] [UDP] RECV AgentUpdate** ×5:")
                .doesNotContain("×10");
    }

    @Test
    void eachAgentHasItsOwnEnding() {
        String endings = section("### How", "## Appendix");

        assertThat(endings.indexOf("#### Alice Crowd")).isLessThan(endings.indexOf("#### Bob Crowd"));
        String alice = endings.substring(endings.indexOf("#### Alice Crowd"), endings.indexOf("#### Bob Crowd"));
        String bob = endings.substring(endings.indexOf("#### Bob Crowd"));
        assertThat(alice).contains("the client logged out gracefully; the circuit had lived 560 ms.")
                .doesNotContain("timed the circuit out");
        assertThat(bob).contains("the server timed the circuit out: 2050 ms of silence")
                .doesNotContain("logged out");
    }

    @Test
    void eachAgentHasItsOwnPhaseTable() {
        assertThat(NARRATIVE.phases()).extracting(PhaseTable::agent)
                .containsExactly(TwoAgentRitual.ALICE, TwoAgentRitual.BOB);
        Agents agents = Agents.of(TWO);
        for (PhaseTable table : NARRATIVE.phases()) {
            assertThat(table.rows()).filteredOn(PhaseTable.Row::observed)
                    .allSatisfy(row -> assertThat(agents.of(row.event().orElseThrow())).isEqualTo(table.agent()));
        }
        String phases = new MarkdownRenderer().phases(NARRATIVE);
        assertThat(phases).startsWith("## Alice Crowd\n\n| Phase |").contains("\n## Bob Crowd\n\n| Phase |");
        assertThat(section("## Appendix", "\n---\n\n*Generated")).contains("### Alice Crowd", "### Bob Crowd");
    }

    @Test
    void theDiagramGivesEachAgentItsOwnClient() {
        String diagram = new MermaidRenderer().render(NARRATIVE);

        assertThat(diagram.lines().filter(l -> l.contains("participant")).toList()).containsExactly(
                "    participant C as Alice Crowd", "    participant C2 as Bob Crowd",
                "    participant L as Login service", "    participant R as Default Region",
                "    participant K as Capabilities");
        assertThat(diagram).contains("    C->>R: UseCircuitCode\n", "    C2->>R: UseCircuitCode\n",
                "    Note over R: Bob Crowd: circuit TIMEOUT\n",
                "    Note over C,R: SERVER RECV AgentUpdate ×5 (10.00/s)\n", "    C2->>K: Seed\n");
    }

    /** What {@code ./rituals narrate} reads: the scope survives the file, so the agents are told apart as recorded. */
    @Test
    void aLogReadBackFromJsonLinesTellsTheSame() throws IOException {
        StringWriter file = new StringWriter();
        JsonLines.write(TraceHeader.now(0, "rituals test", "serve --ritual-log"), TWO, file);
        List<TraceEvent> back = JsonLines.read(new StringReader(file.toString())).events();

        assertThat(new Narrator(Edition.load("naturalist")).narrate(back)).isEqualTo(MD);
    }

    @Test
    void oneAgentIsToldAsBefore() {
        Narrative one = new Narrator(Edition.load("naturalist")).compose(SyntheticRitual.of("wallflower"));

        assertThat(one.severalAgents()).isFalse();
        assertThat(one.phases()).hasSize(1);
        assertThat(one.ending().endings()).extracting(Ending::agent).containsExactly("");
    }
}
