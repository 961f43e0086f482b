package rituals.client.crowd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReplyRateTest {
    private static final long MS = 1_000_000L;

    @Test
    void logins_asked_and_answered_every_two_milliseconds_are_five_hundred_a_second() {
        // 2,000 requests 2 ms apart, each answered 7 ms later
        assertThat(Crowd.replyRate(2000, 7 * MS, (7 + 1999 * 2) * MS, 0, 1999 * 2 * MS)).isCloseTo(500, within(1e-9));
    }

    @Test
    void slow_first_replies_do_not_raise_the_rate_past_the_one_asked_for() {
        // 50 requests 20 ms apart; the first answered after 385 ms, the last after 5 ms
        assertThat(Crowd.replyRate(50, 385 * MS, (980 + 5) * MS, 0, 980 * MS)).isCloseTo(50, within(0.1));
    }

    @Test
    void a_venue_falling_behind_is_measured_by_its_replies() {
        // asked 500/s for 4 s, answered over 8 s
        assertThat(Crowd.replyRate(2001, 10 * MS, 8010 * MS, 0, 4000 * MS)).isCloseTo(250, within(1e-9));
    }

    @Test
    void fewer_than_two_replies_have_no_rate() {
        assertThat(Crowd.replyRate(0, 0, 0, Long.MAX_VALUE, Long.MIN_VALUE)).isZero();
        assertThat(Crowd.replyRate(1, 5, 5, 3, 3)).isZero();
    }
}
