package rituals.client.crowd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReplyRateTest {
    @Test
    void replies_every_two_milliseconds_are_five_hundred_a_second() {
        // 2,000 replies, the first at 7 ms and each 2 ms after the one before
        assertThat(Crowd.replyRate(2000, 7_000_000L, 7_000_000L + 1999 * 2_000_000L)).isCloseTo(500, within(1e-9));
    }

    @Test
    void fewer_than_two_replies_have_no_rate() {
        assertThat(Crowd.replyRate(0, 0, 0)).isZero();
        assertThat(Crowd.replyRate(1, 5, 5)).isZero();
    }
}
