package rituals.client.caps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventQueuePollerTest {
    @Test
    void aHeldKeepAliveIsFollowedAtOnceButAFastErrorBacksOff() {
        assertThat(EventQueuePoller.next(200, 5, 1000)).isEqualTo(EventQueuePoller.Next.POLL_NOW);
        assertThat(EventQueuePoller.next(502, 58_000, 1000)).isEqualTo(EventQueuePoller.Next.POLL_NOW);
        // LibreMetaverse re-polls a quick 502 at once: the tight loop this client refuses to become
        assertThat(EventQueuePoller.next(502, 3, 1000)).isEqualTo(EventQueuePoller.Next.BACK_OFF);
        assertThat(EventQueuePoller.next(500, 3, 1000)).isEqualTo(EventQueuePoller.Next.BACK_OFF);
        assertThat(EventQueuePoller.next(404, 3, 1000)).isEqualTo(EventQueuePoller.Next.STOP);
        assertThat(EventQueuePoller.next(410, 60_000, 1000)).isEqualTo(EventQueuePoller.Next.STOP);
    }

    @Test
    void readsOpenSimsEventEnvelope() {
        String body = "<llsd><map><key>events</key><array><map><key>message</key><string>ParcelProperties</string>"
                + "<key>body</key><map><key>LocalID</key><integer>1</integer></map></map></array>"
                + "<key>id</key><integer>29999999</integer></map></llsd>";
        EventQueueReply reply = EventQueuePoller.parse(body.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.id()).isEqualTo(29_999_999L);
        assertThat(reply.events()).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("ParcelProperties");
            assertThat(e.body().get("LocalID")).isEqualTo(1);
        });
    }

    @Test
    void aBodyThatIsNotTheEnvelopeCountsAsEmpty() {
        assertThat(EventQueuePoller.parse("<html>502 Proxy Error</html>".getBytes(StandardCharsets.UTF_8)).events())
                .isEmpty();
        assertThat(EventQueuePoller.parse("<llsd><undef /></llsd>".getBytes(StandardCharsets.UTF_8)).id())
                .isEqualTo(-1);
    }
}
