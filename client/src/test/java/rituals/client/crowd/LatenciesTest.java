package rituals.client.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rituals.client.Ending;
import rituals.client.scenario.Verdict;

class LatenciesTest {
    @Test
    void nearestRankPercentiles() {
        Latencies l = new Latencies();
        for (int i = 100; i >= 1; i--) {
            l.add(i); // out of order, and past the first growth of the array
        }
        Percentiles p = l.summary();
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void oneValueIsEveryPercentileAndNoneIsMinusOne() {
        Latencies l = new Latencies();
        assertThat(l.summary()).isEqualTo(new Percentiles(0, -1, -1, -1, -1));
        assertThat(l.summary().toString()).isEqualTo("none measured");
        l.add(7);
        assertThat(l.summary()).isEqualTo(new Percentiles(1, 7, 7, 7, 7));
    }

    @Test
    void failureReasonsMaskNumbersSoAgentsFailingAlikeCountTogether() {
        Verdict unmet = Verdict.unmet("no graceful logout: logout-timeout (no LogoutReply within 5000 ms) at 12034 ms");
        Ending timeout = new Ending(Ending.Reason.LOGOUT_TIMEOUT, "no LogoutReply within 5000 ms", 12034);
        assertThat(FailureReason.of(unmet, null, timeout, true)).isEqualTo(
                "expectation unmet: no graceful logout: logout-timeout (no LogoutReply within # ms) at # ms");
        Ending kicked = new Ending(Ending.Reason.KICK_USER, "You have been logged out", 900);
        assertThat(FailureReason.of(Verdict.unmet("x"), null, kicked, true))
                .isEqualTo("dropped by the server: KickUser (You have been logged out)");
        Ending refused = new Ending(Ending.Reason.LOGIN_FAILED, "key: Could not authenticate your avatar.", 12);
        assertThat(FailureReason.of(Verdict.unmet("x"), null, refused, false))
                .isEqualTo("login failed: key: Could not authenticate your avatar.");
        assertThat(FailureReason.of(Verdict.unmet("UseCircuitCode was not acked within 60 s"), null,
                new Ending(Ending.Reason.LEFT, "scenario over", 60_000), false))
                .isEqualTo("never in world: UseCircuitCode was not acked within # s");
        assertThat(FailureReason.mask("x".repeat(300))).hasSize(120);
    }
}
