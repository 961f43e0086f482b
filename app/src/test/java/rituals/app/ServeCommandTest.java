package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import rituals.server.config.Setting;

class ServeCommandTest {
    @Test
    void theDefaultBindReachesOtherMachinesAndSaysSoWithTheWayOut() {
        assertThat(Setting.BIND_ADDRESS.defaultValue()).isEqualTo("0.0.0.0");
        assertThat(ServeCommand.listening("0.0.0.0")).isEqualTo("Listening on 0.0.0.0 (every interface: other "
                + "machines can log in; --bind 127.0.0.1 keeps it to this one)");
        assertThat(ServeCommand.listening("127.0.0.1")).isEqualTo("Listening on 127.0.0.1 only");
    }
}
