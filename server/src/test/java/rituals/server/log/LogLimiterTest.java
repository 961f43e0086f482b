package rituals.server.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogLimiterTest {
    static final long MS = 1_000_000L;

    @Test
    void aBurstPerIntervalThenTheCountOfWhatWasHeldBack() {
        LogLimiter limiter = new LogLimiter(1000, 2);
        assertThat(limiter.admit(0)).isZero();
        assertThat(limiter.admit(10 * MS)).isZero();
        assertThat(limiter.admit(20 * MS)).isEqualTo(-1);
        assertThat(limiter.admit(999 * MS)).isEqualTo(-1);
        assertThat(limiter.admit(1000 * MS)).isEqualTo(2);
        assertThat(LogLimiter.heldBack(1234)).isEqualTo(" (1,234 more held back since the last one logged)");
        assertThat(LogLimiter.heldBack(0)).isEmpty();
    }
}
