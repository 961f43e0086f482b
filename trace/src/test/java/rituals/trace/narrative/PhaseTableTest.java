package rituals.trace.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import rituals.trace.Side;
import rituals.trace.SyntheticRitual;
import rituals.trace.TraceEvent;

class PhaseTableTest {
    private static PhaseTable.Row row(PhaseTable table, String phase) {
        return table.rows().stream().filter(r -> r.phase().equals(phase)).findFirst().orElseThrow();
    }

    @Test
    void theWallflowersPhasesAreTimedFromTheLoginStart() {
        List<TraceEvent> timeline = SyntheticRitual.of("wallflower");
        PhaseTable table = PhaseTable.of(timeline);

        assertThat(table.rows()).extracting(PhaseTable.Row::phase).containsExactly("login start", "login reply",
                "UseCircuitCode acked", "RegionHandshake", "AgentMovementComplete", "first LayerData",
                "last LayerData", "first ObjectUpdate", "seed capability", "first event-queue reply", "end");
        assertThat(table.rows()).allMatch(PhaseTable.Row::observed);
        assertThat(row(table, "login start").event().orElseThrow().key()).isEqualTo("CLIENT.LOGIN.START");
        // The fixture's clock: 2.5 + 1.2 + 3.4 ms from the start to the login reply.
        assertThat(row(table, "login reply").nanosFromStart()).isEqualTo(7_100_000L);
        assertThat(row(table, "end").event().orElseThrow().key()).isEqualTo("SERVER.CIRCUIT.CLOSE");
        assertThat(row(table, "last LayerData").nanosFromStart())
                .isGreaterThan(row(table, "first LayerData").nanosFromStart());
        assertThat(MarkdownRenderer.table(table))
                .contains("| login reply | [SERVER] [LOGIN] SEND XML-RPC Response | #7 | 7.1 |");
    }

    @Test
    void aGhostNeverReachesTheCircuit() {
        PhaseTable table = PhaseTable.of(SyntheticRitual.of("ghost"));

        assertThat(row(table, "UseCircuitCode acked").observed()).isFalse();
        assertThat(row(table, "first LayerData").observed()).isFalse();
        assertThat(row(table, "end").event().orElseThrow().key()).isEqualTo("SERVER.CIRCUIT.EXPIRE");
        assertThat(MarkdownRenderer.table(table)).contains("| RegionHandshake | not observed | | |");
    }

    @Test
    void oneSideAloneStillTimesWhatItSaw() {
        PhaseTable server = PhaseTable.of(SyntheticRitual.of("wallflower", EnumSet.of(Side.SERVER)));

        assertThat(row(server, "login start").event().orElseThrow().key())
                .isEqualTo("SERVER.LOGIN.RECV.XML-RPC login_to_simulator");
        assertThat(row(server, "UseCircuitCode acked").event().orElseThrow().key()).isEqualTo("SERVER.UDP.SEND.PacketAck");
        assertThat(row(server, "first LayerData").event().orElseThrow().key()).isEqualTo("SERVER.UDP.SEND.LayerData");
    }

    @Test
    void theNarrativeCarriesTheSameTable() {
        List<TraceEvent> timeline = SyntheticRitual.of("naturalist");

        assertThat(new Narrator(Edition.load("naturalist")).narrate(timeline))
                .contains("## Appendix: Phase Timings\n" + MarkdownRenderer.table(PhaseTable.of(timeline)));
    }
}
