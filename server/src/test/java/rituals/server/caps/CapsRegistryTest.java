package rituals.server.caps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rituals.server.config.IdSource;

/** Caps are keyed by agent and region: a region closes only its own, and only for the login that ended. */
class CapsRegistryTest {
    private static final UUID AGENT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final EventQueue queue = new EventQueue(10, Duration.ofSeconds(5), timer, IdSource.seeded(3));
    private final CapsRegistry caps = new CapsRegistry(IdSource.seeded(4), queue);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private boolean queueOpen() {
        return queue.enqueue(AGENT, "Probe", Map.of());
    }

    @Test
    void aLoginElsewhereReplacesTheCapsAndTheOldRegionsCloseLeavesThem() {
        UUID first = UUID.randomUUID();
        AgentCaps north = caps.open(AGENT, "A Gent", first, CapsRegistry.seedPath(UUID.randomUUID()), "North", 1);
        UUID second = UUID.randomUUID();
        AgentCaps south = caps.open(AGENT, "A Gent", second, CapsRegistry.seedPath(UUID.randomUUID()), "South", 2);
        assertThat(caps.resolve(north.seedPath())).as("a login replaces the agent's caps everywhere").isEmpty();
        assertThat(caps.resolve(south.seedPath())).get().extracting(t -> t.agent().region()).isEqualTo("South");

        caps.closeIfCurrent(AGENT, "North", first); // the kicked session in North finishes closing
        caps.closeIfCurrent(AGENT, "South", first); // a stale session id in South
        assertThat(caps.resolve(south.seedPath())).isPresent();
        assertThat(queueOpen()).isTrue();

        caps.closeIfCurrent(AGENT, "South", second);
        assertThat(caps.resolve(south.seedPath())).isEmpty();
        assertThat(queueOpen()).as("the event queue goes with the agent's last caps").isFalse();
    }
}
