package rituals.client.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.client.login.LoginFormat;
import rituals.client.login.StartLocation;
import rituals.server.Venue;
import rituals.server.config.ConfigLoader;
import rituals.server.config.Setting;

/** Every scenario against our own venue on loopback, with its silence timeout shortened for the test. */
class VenueScenariosIT extends ScenarioContract {
    private static final long SILENCE_MILLIS = 1000;
    @TempDir
    Path data;
    private Venue venue;

    @Override
    void startServer() throws Exception {
        venue = Venue.start(ConfigLoader.loopback(data)
                .set(Setting.ACK_TIMEOUT, SILENCE_MILLIS + "ms")
                .set(Setting.CIRCUIT_EXPIRY, "2s")
                .set(Setting.EVENT_QUEUE_HOLD, "2s")
                .load());
        venue.accounts().create(first(), last(), password());
    }

    @Override
    void stopServer() {
        venue.close();
    }

    @Override
    URI loginUri() {
        return URI.create(venue.loginUri());
    }

    @Override
    String first() {
        return "Test";
    }

    @Override
    String last() {
        return "User";
    }

    @Override
    String password() {
        return "password";
    }

    @Override
    long serverSilenceMillis() {
        return SILENCE_MILLIS;
    }

    @Override
    float[] serverHeights() {
        return venue.heightMap().toArray();
    }

    @Test
    void theVenueReadsTheStartTheSuitorAsksFor() throws Exception {
        ScenarioResult there = play("naturalist", timing(0, 0), LoginFormat.LLSD,
                FAST.withStart(new StartLocation("uri:Default Region&128&128&25")));
        ScenarioResult last = play("naturalist", timing(0, 0), LoginFormat.XMLRPC);

        assertThat(there.met()).as(there.verdict().observed()).isTrue();
        assertThat(there.report().login().reply().startLocation()).isEqualTo("url"); // OpenSim's name for a uri start
        assertThat(last.report().login().reply().startLocation()).isEqualTo("last");
    }
}
