package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** The sessions the operator's console lists, as the region's own loop sees them. */
class RegionSessionsTest {
    @Test
    void aSessionIsListedWithItsPhaseAndTrafficAndAStoppedLoopIsATimeout() throws Exception {
        RegionFixture f = new RegionFixture();
        try (RawClient c = new RawClient(f.region.udpAddress())) {
            assertThat(f.region.sessions(RegionFixture.WAIT)).isEmpty();
            Provision p = f.provision("Ada", "Lovelace");
            RegionFixture.ritual(c, p);

            List<AgentSnapshot> sessions = f.region.sessions(RegionFixture.WAIT);
            assertThat(sessions).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("Ada Lovelace");
                assertThat(s.agentId()).isEqualTo(p.agentId());
                assertThat(s.region()).isEqualTo("Test Region");
                assertThat(s.phase()).isIn("handshaken", "in-world");
                assertThat(s.circuit().endpoint().getPort()).isEqualTo(c.address().getPort());
                assertThat(s.circuit().bytesIn()).isPositive();
                assertThat(s.circuit().bytesOut()).isPositive();
            });
        } finally {
            f.close();
        }
        // After close no loop answers: the caller is told so within its bound instead of waiting forever.
        assertThatThrownBy(() -> f.region.sessions(Duration.ofMillis(200))).isInstanceOf(TimeoutException.class);
    }
}
