package rituals.server.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import rituals.trace.ManualClock;

class LoginThrottleTest {
    final ManualClock clock = new ManualClock(0);
    final LoginThrottle throttle = new LoginThrottle(clock);

    void fail(int times, String first, String ip) {
        for (int i = 0; i < times; i++) {
            throttle.failed(first, "User", ip);
        }
    }

    @Test
    void anAccountIsClosedForLongerAfterEachFailureBeyondTheFreeOnes() {
        fail(LoginThrottle.FREE_PER_ACCOUNT, "Test", "10.0.0.1");
        assertThat(throttle.waitMs("Test", "User", "10.0.0.2")).isZero();
        fail(1, "Test", "10.0.0.1");
        assertThat(throttle.waitMs("test", "USER", "10.0.0.2")).as("any address, any case").isEqualTo(1_000);
        fail(1, "Test", "10.0.0.1");
        assertThat(throttle.waitMs("Test", "User", "10.0.0.2")).isEqualTo(2_000);
        fail(20, "Test", "10.0.0.3");
        assertThat(throttle.waitMs("Test", "User", "10.0.0.2")).isEqualTo(LoginThrottle.MAX_DELAY_MS);
        clock.advance(Duration.ofMillis(LoginThrottle.MAX_DELAY_MS));
        assertThat(throttle.waitMs("Test", "User", "10.0.0.2")).isZero();
        assertThat(throttle.waitMs("Other", "User", "10.0.0.2")).as("another account").isZero();
    }

    @Test
    void anAddressSprayingNamesIsClosedAndOthersAreNot() {
        for (int i = 0; i <= LoginThrottle.FREE_PER_ADDRESS; i++) {
            fail(1, "Name" + i, "10.0.0.9");
        }
        assertThat(throttle.waitMs("Fresh", "User", "10.0.0.9")).isEqualTo(1_000);
        assertThat(throttle.waitMs("Fresh", "User", "10.0.0.8")).isZero();
    }

    @Test
    void successForgetsTheAccountAndQuietForgetsEverything() {
        fail(LoginThrottle.FREE_PER_ACCOUNT + 1, "Test", "10.0.0.1");
        throttle.succeeded("Test", "User");
        assertThat(throttle.waitMs("Test", "User", "10.0.0.1")).isZero();
        fail(LoginThrottle.FREE_PER_ACCOUNT + 1, "Test", "10.0.0.1");
        clock.advance(Duration.ofMillis(LoginThrottle.FORGET_AFTER_MS));
        fail(1, "Test", "10.0.0.1");
        assertThat(throttle.waitMs("Test", "User", "10.0.0.1")).as("counting starts again").isZero();
    }
}
