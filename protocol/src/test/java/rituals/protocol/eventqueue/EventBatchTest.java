package rituals.protocol.eventqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;

class EventBatchTest {
    /** OpenSim's envelope: the events first, then the id; each event a map of message then body. */
    private static final String TWO_EVENTS = "<?xml version=\"1.0\" encoding=\"utf-8\"?><llsd><map>"
            + "<key>events</key><array>"
            + "<map><key>message</key><string>First</string>"
            + "<key>body</key><map><key>A</key><integer>1</integer></map></map>"
            + "<map><key>message</key><string>Second</string><key>body</key><map /></map>"
            + "</array><key>id</key><integer>29999999</integer></map></llsd>";

    private static final EventBatch BATCH = new EventBatch(29_999_999,
            List.of(new RawEvent("First", Map.of("A", 1)), new RawEvent("Second", Map.of())));

    @Test
    void writesOpenSimsEnvelope() {
        assertThat(new String(BATCH.write(), StandardCharsets.UTF_8)).isEqualTo(TWO_EVENTS);
    }

    @Test
    void readsOpenSimsEnvelope() {
        assertThat(EventBatch.parse(TWO_EVENTS.getBytes(StandardCharsets.UTF_8))).isEqualTo(BATCH);
    }

    @Test
    void readsLeniently() {
        String body = "<llsd><map><key>events</key><array><integer>3</integer>"
                + "<map><key>body</key><map /></map>"
                + "<map><key>message</key><string>NoBody</string></map></array></map></llsd>";
        EventBatch batch = EventBatch.parse(body.getBytes(StandardCharsets.UTF_8));
        assertThat(batch.id()).isEqualTo(EventBatch.NO_ID);
        assertThat(batch.events()).containsExactly(new RawEvent("NoBody", Map.of()));
    }

    @Test
    void aValueThatIsNotAMapIsRefused() {
        assertThatThrownBy(() -> EventBatch.parse("<llsd><undef /></llsd>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("not an LLSD map");
    }

    @Test
    void thePollBodyCarriesAckAndDone() {
        assertThat(LlsdXml.writeString(new EventPollRequest(0, false).toLlsd()))
                .endsWith("<llsd><map><key>ack</key><integer>0</integer><key>done</key><boolean>false</boolean>"
                        + "</map></llsd>");
        assertThat(LlsdXml.writeString(new EventPollRequest(EventBatch.NO_ID, true).toLlsd()))
                .endsWith("<llsd><map><key>ack</key><undef /><key>done</key><boolean>true</boolean></map></llsd>");
        assertThat(EventPollRequest.fromLlsd(new EventPollRequest(41, true).toLlsd()))
                .isEqualTo(new EventPollRequest(41, true));
        assertThat(EventPollRequest.fromLlsd("junk")).isEqualTo(new EventPollRequest(EventBatch.NO_ID, false));
    }
}
