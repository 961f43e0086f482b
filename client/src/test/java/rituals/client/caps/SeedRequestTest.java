package rituals.client.caps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedRequestTest {
    @Test
    void keepsTheGrantedCapabilitiesThatAreAbsoluteUris() {
        String body = "<llsd><map><key>EventQueueGet</key><string>http://127.0.0.1:9000/CE/abc</string>"
                + "<key>Broken</key><string>not a uri</string>"
                + "<key>SimulatorFeatures</key><uri>http://127.0.0.1:9000/CAPS/x/</uri></map></llsd>";
        assertThat(SeedRequest.read(body.getBytes(StandardCharsets.UTF_8)))
                .containsEntry("EventQueueGet", URI.create("http://127.0.0.1:9000/CE/abc"))
                .containsEntry("SimulatorFeatures", URI.create("http://127.0.0.1:9000/CAPS/x/"))
                .doesNotContainKey("Broken");
    }

    @Test
    void anErrorBodyGrantsNothing() {
        assertThat(SeedRequest.read(new byte[0])).isEmpty();
        assertThat(SeedRequest.read("<llsd><array /></llsd>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }
}
