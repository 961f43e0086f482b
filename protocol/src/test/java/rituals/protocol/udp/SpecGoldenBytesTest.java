package rituals.protocol.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.ChatFromViewer;
import rituals.protocol.message.CoarseLocationUpdate;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.Messages;
import rituals.protocol.message.OpenCircuit;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.StartPingCheck;

/**
 * Datagrams written by hand from the LLUDP packet format (the comments say which rule each byte follows), not
 * produced by our encoder: each must encode to
 * exactly these bytes and decode back to the same packet.
 */
class SpecGoldenBytesTest {
    private static final PacketCodec CODEC = new PacketCodec(Messages.CATALOG);
    private static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    private static final UUID SESSION = UUID.fromString("50e7c694-ed35-4494-9d23-63ae32336981");

    private static void assertWire(Packet packet, String hex) {
        String expected = hex.replace(" ", "");
        assertThat(HexFormat.of().formatHex(CODEC.encode(packet))).isEqualTo(expected);
        assertThat(CODEC.decode(HexFormat.of().parseHex(expected))).isEqualTo(packet);
    }

    @Test
    void packetAckBodyIdsAreLittleEndian() {
        // flags 00, sequence 5 big-endian, extra 0, Fixed FFFFFFFB, count 2, ids as U32 LITTLE-endian.
        assertWire(Packet.of(5, PacketAck.of(List.of(1, 0x01020304)), false, false),
                "00 00000005 00 fffffffb 02 01000000 04030201");
    }

    @Test
    void appendedAcksAreBigEndianWithTheCountLast() {
        // High 1, PingID 3, OldestUnacked LE; then acks BIG-endian and the count as the very last byte; flag 0x10.
        Packet ping = Packet.of(0x11223344, StartPingCheck.of(3, 0x0A0B0C0DL), false, false)
                .withAcks(List.of(1, 0x01020304));
        assertWire(ping, "10 11223344 00 01 03 0d0c0b0a 00000001 01020304 02");
    }

    @Test
    void zeroCodingCoversTheLowMessageNumber() {
        // FF FF 00 95 zero-coded is FF FF 00 01 95; the agent id's zero runs become 00 02, 00 01, 00 06.
        assertWire(Packet.of(3, RegionHandshakeReply.of(AGENT, SESSION, 4), true, true),
                "c0 00000003 00 ffff000195 aaaaaaaa 0002 40 0001 80 0006 01 50e7c694ed3544949d2363ae32336981 04 0003");
    }

    @Test
    void lowNumberIsBigEndianAfterFfFfAndFieldsAreLittleEndian() {
        assertWire(Packet.of(2, CompleteAgentMovement.of(AGENT, SESSION, 0x408D091EL), true, false),
                "40 00000002 00 ffff00f9 aaaaaaaa000040008000000000000001 50e7c694ed3544949d2363ae32336981 1e098d40");
    }

    @Test
    void mediumNumberAndSignedShorts() {
        CoarseLocationUpdate m = new CoarseLocationUpdate(List.of(new CoarseLocationUpdate.Location(127, 127, 6)),
                new CoarseLocationUpdate.Index(0, -1), List.of(new CoarseLocationUpdate.AgentData(AGENT)));
        assertWire(Packet.of(33, m, false, false),
                "00 00000021 00 ff06 01 7f7f06 0000 ffff 01 aaaaaaaa000040008000000000000001");
    }

    @Test
    void ipAddressInNetworkOrderAndPortBigEndian() throws Exception {
        Inet4Address ip = (Inet4Address) InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        assertWire(Packet.of(1, new OpenCircuit(new OpenCircuit.CircuitInfo(ip, 9000)), false, false),
                "00 00000001 00 fffffffc 7f000001 2328");
    }

    @Test
    void textIsUtf8WithATrailingNulCountedInTheLength() {
        // Var2 length 3 (LE) = "hi" + NUL; Type 1; Channel 0 as S32 LE.
        assertWire(Packet.of(1, ChatFromViewer.of(AGENT, SESSION, "hi", 1, 0), false, false),
                "00 00000001 00 ffff0050 aaaaaaaa000040008000000000000001 50e7c694ed3544949d2363ae32336981"
                        + " 0300 686900 01 00000000");
    }
}
