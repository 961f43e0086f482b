package rituals.client.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.client.ClientRuntime;
import rituals.client.SuitorSettings;
import rituals.client.login.LoginFormat;
import rituals.server.Venue;
import rituals.server.account.AccountStore;
import rituals.server.account.PasswordHash;
import rituals.server.config.ConfigLoader;
import rituals.server.config.Setting;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Side;

/** A small crowd against our venue on loopback: correctness only (everyone arrives, nobody is dropped), no timing. */
class CrowdIT {
    private static final int AGENTS = 50;
    private static final int PCAMPBOTS = 3;
    private static final String PASSWORD = "crowd-secret";

    @TempDir
    Path data;
    private Venue venue;
    private ClientRuntime runtime;

    @BeforeEach
    void start() throws Exception {
        // Cheap hashes keep the test quick; the iteration count is stored per account, so the venue verifies these.
        try (AccountStore store = AccountStore.open(data, new PasswordHash(1000, new SecureRandom()),
                UUID::randomUUID, Clock.system())) {
            for (int i = 1; i <= AGENTS; i++) {
                store.create("Bot" + i, "Crowd", PASSWORD);
            }
            for (int i = 0; i < PCAMPBOTS; i++) {
                store.create("Camper", "Bot_" + i, PASSWORD); // as pCampBot names them: Firstname Lastname_<n>
            }
        }
        venue = Venue.start(ConfigLoader.loopback(data)
                .set(Setting.EVENT_QUEUE_HOLD, "2s")
                .load());
        runtime = ClientRuntime.start(Clock.system());
    }

    @AfterEach
    void stop() {
        runtime.close();
        venue.close();
    }

    @Test
    void everyAgentArrivesStaysAndLogsOut() throws Exception {
        // Everyone stays 3 s after the last launch: long enough for the last to arrive before the first leaves even
        // on a loaded machine, so the peak below is the whole crowd.
        CrowdPlan plan = new CrowdPlan(URI.create(venue.loginUri()), AGENTS, 200, Duration.ofSeconds(3), "naturalist",
                NamePattern.prefixed("Bot", "Crowd"), PASSWORD, LoginFormat.XMLRPC, Duration.ofSeconds(20));
        List<CrowdProgress> progress = new ArrayList<>();
        Crowd crowd = Crowd.start(runtime, plan, SuitorSettings.LIBREMETAVERSE, Probe.off(Side.CLIENT), progress::add);

        CrowdProgress settled = crowd.settled().get(60, TimeUnit.SECONDS);
        assertThat(settled.launched()).isEqualTo(AGENTS);
        assertThat(settled.failed()).isZero();

        CrowdReport report = crowd.finished().get(60, TimeUnit.SECONDS);
        assertThat(report.failuresByCount()).isEmpty();
        assertThat(report.launched()).isEqualTo(AGENTS);
        assertThat(report.loggedIn()).isEqualTo(AGENTS);
        assertThat(report.reachedWorld()).isEqualTo(AGENTS);
        assertThat(report.peakInWorld()).isEqualTo(AGENTS);
        assertThat(report.eventQueuePolling()).isEqualTo(AGENTS);
        assertThat(report.met()).isEqualTo(AGENTS);
        assertThat(report.dropped()).isZero();
        assertThat(report.inWorldLatency().count()).isEqualTo(AGENTS);
        assertThat(report.datagramsSent()).isPositive();
        assertThat(report.datagramsReceived()).isPositive();
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).inWorld()).isZero();
    }

    @Test
    void agentsWithoutAccountsFailWithTheLoginReason() throws Exception {
        CrowdPlan plan = new CrowdPlan(URI.create(venue.loginUri()), 3, 100, Duration.ZERO, "naturalist",
                NamePattern.prefixed("Nobody", "Crowd"), PASSWORD, LoginFormat.XMLRPC, Duration.ofSeconds(20));
        CrowdReport report = Crowd.start(runtime, plan, SuitorSettings.LIBREMETAVERSE, Probe.off(Side.CLIENT), p -> { })
                .finished().get(60, TimeUnit.SECONDS);
        assertThat(report.failed()).isEqualTo(3);
        assertThat(report.reachedWorld()).isZero();
        assertThat(report.failuresByCount()).hasSize(1);
        assertThat(report.failuresByCount().keySet().iterator().next()).startsWith("login failed: key");
        assertThat(report.dropped()).isZero();
    }

    @Test
    void accountsNamedForPCampBotServeACrowd() throws Exception {
        CrowdPlan plan = new CrowdPlan(URI.create(venue.loginUri()), PCAMPBOTS, 100, Duration.ZERO, "naturalist",
                NamePattern.parse("Camper Bot_{n}", 0), PASSWORD, LoginFormat.XMLRPC, Duration.ofSeconds(20));
        CrowdReport report = Crowd.start(runtime, plan, SuitorSettings.LIBREMETAVERSE, Probe.off(Side.CLIENT), p -> { })
                .finished().get(60, TimeUnit.SECONDS);

        assertThat(report.failuresByCount()).isEmpty();
        assertThat(report.reachedWorld()).isEqualTo(PCAMPBOTS);
    }
}
