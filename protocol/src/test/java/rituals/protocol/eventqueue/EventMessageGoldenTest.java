package rituals.protocol.eventqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.types.Vector3;
import rituals.protocol.xml.XmlLimits;

/**
 * Each typed event against a body written by hand from OpenSim 0.9.2.2's typing (not from our writer): the record
 * must write exactly these bytes and read them back. Region handle 1000,1000 in metres is 0x0003E800_0003E800, i.e.
 * base64 {@code AAPoAAAD6AA=}; 127.0.0.1 is {@code fwAAAQ==}; a 256 m size {@code AAABAA==}.
 */
class EventMessageGoldenTest {
    private static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    private static final UUID SESSION = UUID.fromString("bbbbbbbb-0000-4000-8000-000000000002");
    private static final String SEED = "http://127.0.0.1:9000/CAPS/cccccccc-0000-4000-8000-0000000000030000/";
    private static final long HANDLE = 0x0003E800_0003E800L;
    private static final Inet4Address LOOPBACK = ip(127, 0, 0, 1);

    private static final String ENABLE_SIMULATOR = "<map><key>SimulatorInfo</key><array><map>"
            + "<key>Handle</key><binary encoding=\"base64\">AAPoAAAD6QA=</binary>"
            + "<key>IP</key><binary encoding=\"base64\">wKgBCg==</binary>"
            + "<key>Port</key><integer>9001</integer>"
            + "<key>RegionSizeX</key><binary encoding=\"base64\">AAABAA==</binary>"
            + "<key>RegionSizeY</key><binary encoding=\"base64\">AAABAA==</binary>"
            + "</map></array></map>";

    private static final String ESTABLISH_AGENT_COMMUNICATION = "<map>"
            + "<key>agent-id</key><uuid>aaaaaaaa-0000-4000-8000-000000000001</uuid>"
            + "<key>sim-ip-and-port</key><string>192.168.1.10:9001</string>"
            + "<key>seed-capability</key><string>" + SEED + "</string></map>";

    private static final String TELEPORT_FINISH = "<map><key>Info</key><array><map>"
            + "<key>AgentID</key><uuid>aaaaaaaa-0000-4000-8000-000000000001</uuid>"
            + "<key>LocationID</key><binary encoding=\"base64\">AAAABA==</binary>"
            + "<key>SimIP</key><binary encoding=\"base64\">fwAAAQ==</binary>"
            + "<key>SimPort</key><integer>9000</integer>"
            + "<key>RegionHandle</key><binary encoding=\"base64\">AAPoAAAD6AA=</binary>"
            + "<key>SeedCapability</key><string>" + SEED + "</string>"
            + "<key>SimAccess</key><integer>13</integer>"
            + "<key>TeleportFlags</key><binary encoding=\"base64\">AAAgEA==</binary>"
            + "<key>RegionSizeX</key><binary encoding=\"base64\">AAABAA==</binary>"
            + "<key>RegionSizeY</key><binary encoding=\"base64\">AAABAA==</binary>"
            + "</map></array></map>";

    private static final String CROSSED_REGION = "<map>"
            + "<key>AgentData</key><array><map>"
            + "<key>AgentID</key><uuid>aaaaaaaa-0000-4000-8000-000000000001</uuid>"
            + "<key>SessionID</key><uuid>bbbbbbbb-0000-4000-8000-000000000002</uuid></map></array>"
            + "<key>Info</key><array><map>"
            + "<key>LookAt</key><array><real>0.5</real><real>-1.5</real><real>0</real></array>"
            + "<key>Position</key><array><real>2</real><real>128.5</real><real>25</real></array></map></array>"
            + "<key>RegionData</key><array><map>"
            + "<key>RegionHandle</key><binary encoding=\"base64\">AAPoAAAD6AA=</binary>"
            + "<key>SeedCapability</key><string>" + SEED + "</string>"
            + "<key>SimIP</key><binary encoding=\"base64\">fwAAAQ==</binary>"
            + "<key>SimPort</key><integer>9000</integer>"
            + "<key>RegionSizeX</key><binary encoding=\"base64\">AAABAA==</binary>"
            + "<key>RegionSizeY</key><binary encoding=\"base64\">AAABAA==</binary>"
            + "</map></array></map>";

    private static final String TELEPORT_FAILED = "<map>"
            + "<key>AlertInfo</key><array><map><key>ExtraParams</key><string></string>"
            + "<key>Message</key><string>CouldNotTeleportReason</string></map></array>"
            + "<key>Info</key><array><map><key>AgentID</key><uuid>aaaaaaaa-0000-4000-8000-000000000001</uuid>"
            + "<key>Reason</key><string>The region you tried to teleport to was not found</string></map></array>"
            + "</map>";

    @Test
    void enableSimulator() {
        golden(new EnableSimulatorEvent(new EnableSimulatorEvent.SimulatorInfo(0x0003E800_0003E900L,
                ip(192, 168, 1, 10), 9001, 256, 256)), ENABLE_SIMULATOR);
    }

    @Test
    void establishAgentCommunication() {
        golden(new EstablishAgentCommunicationEvent(AGENT, "192.168.1.10:9001", SEED), ESTABLISH_AGENT_COMMUNICATION);
    }

    @Test
    void teleportFinish() {
        golden(new TeleportFinishEvent(new TeleportFinishEvent.Info(AGENT, 4, LOOPBACK, 9000, HANDLE, SEED, 13,
                16 | 8192, 256, 256)), TELEPORT_FINISH);
    }

    @Test
    void crossedRegion() {
        golden(new CrossedRegionEvent(new CrossedRegionEvent.AgentData(AGENT, SESSION),
                new CrossedRegionEvent.Info(new Vector3(0.5f, -1.5f, 0), new Vector3(2, 128.5f, 25)),
                new CrossedRegionEvent.RegionData(HANDLE, SEED, LOOPBACK, 9000, 256, 256)), CROSSED_REGION);
    }

    @Test
    void disableSimulator() {
        golden(new DisableSimulatorEvent(), "<map />");
    }

    @Test
    void teleportFailed() {
        golden(new TeleportFailedEvent(
                new TeleportFailedEvent.Info(AGENT, "The region you tried to teleport to was not found"),
                new TeleportFailedEvent.AlertInfo("CouldNotTeleportReason", "")), TELEPORT_FAILED);
    }

    @Test
    void anUnknownMessagePassesThroughUnchanged() {
        RawEvent raw = new RawEvent("ChatterBoxInvitation", Map.of("session_id", AGENT, "from_name", "Test User"));
        EventMessage decoded = EventMessages.decode(raw);
        assertThat(decoded).isEqualTo(new UnknownEvent(raw));
        assertThat(decoded.toRaw()).isSameAs(raw);
    }

    @Test
    void sizesMissingAsFromOlderServersReadAs256AndIntegersAreAcceptedForBinaryNumbers() {
        Map<?, ?> body = parse("<map><key>Info</key><array><map>"
                + "<key>AgentID</key><uuid>aaaaaaaa-0000-4000-8000-000000000001</uuid>"
                + "<key>LocationID</key><integer>4</integer>"
                + "<key>SimIP</key><binary encoding=\"base64\">fwAAAQ==</binary>"
                + "<key>SimPort</key><integer>9000</integer>"
                + "<key>RegionHandle</key><binary encoding=\"base64\">AAPoAAAD6AA=</binary>"
                + "<key>SeedCapability</key><string>s</string><key>SimAccess</key><integer>13</integer>"
                + "<key>TeleportFlags</key><integer>16</integer></map></array></map>");
        TeleportFinishEvent.Info info = ((TeleportFinishEvent) decode("TeleportFinish", body)).info();
        assertThat(info.locationID()).isEqualTo(4);
        assertThat(info.teleportFlags()).isEqualTo(16);
        assertThat(info.regionSizeX()).isEqualTo(256);
        assertThat(info.regionHandle()).isEqualTo(HANDLE);
    }

    @Test
    void aMalformedKnownMessageNamesTheField() {
        Map<?, ?> shortIp = parse(TELEPORT_FINISH.replace("fwAAAQ==", "fwAA"));
        assertThatThrownBy(() -> decode("TeleportFinish", shortIp))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("binary of 3 bytes, expected 4")
                .hasMessageContaining("message TeleportFinish, block Info, field SimIP");
        assertThatThrownBy(() -> decode("TeleportFailed", parse("<map><key>Info</key><array /></map>")))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("block AlertInfo");
    }

    @Test
    void typedEventsTravelInTheEnvelope() {
        EventMessage finish = decode("TeleportFinish", parse(TELEPORT_FINISH));
        byte[] reply = new EventBatch(7, List.of(finish.toRaw(), new DisableSimulatorEvent().toRaw())).write();
        EventBatch back = EventBatch.parse(reply);
        assertThat(back.events().stream().map(EventMessages::decode))
                .containsExactly(finish, new DisableSimulatorEvent());
    }

    private static void golden(EventMessage message, String bodyXml) {
        String document = "<?xml version=\"1.0\" encoding=\"utf-8\"?><llsd>" + bodyXml + "</llsd>";
        assertThat(LlsdXml.writeString(message.toRaw().body())).isEqualTo(document);
        assertThat(decode(message.messageName(), parse(bodyXml))).isEqualTo(message);
    }

    @SuppressWarnings("unchecked")
    private static EventMessage decode(String name, Map<?, ?> body) {
        return EventMessages.decode(new RawEvent(name, (Map<String, Object>) (Map<?, ?>) body));
    }

    private static Map<?, ?> parse(String bodyXml) {
        return (Map<?, ?>) LlsdXml.parse(("<llsd>" + bodyXml + "</llsd>").getBytes(StandardCharsets.UTF_8),
                XmlLimits.DEFAULT);
    }

    private static Inet4Address ip(int a, int b, int c, int d) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
