package rituals.protocol.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.AgentThrottle;
import rituals.protocol.message.AgentUpdate;
import rituals.protocol.message.AvatarAnimation;
import rituals.protocol.message.CoarseLocationUpdate;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.Message;
import rituals.protocol.message.Messages;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.StartPingCheck;
import rituals.protocol.message.UnknownMessage;
import rituals.protocol.message.UseCircuitCode;

/**
 * Real datagrams from OpenSim 0.9.2.2, libomv and node-metaverse (src/test/resources/captures/datagrams) decode to the
 * values the sessions' login replies and timelines record, and re-encode to the same bytes.
 */
class GoldenDatagramTest {
    private static final PacketCodec CODEC = new PacketCodec(Messages.CATALOG);
    private static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    // From the XML-RPC login replies OpenSim sent each client (captures/login/xmlrpc-response--*.xml).
    private static final UUID LIBOMV_SESSION = UUID.fromString("50e7c694-ed35-4494-9d23-63ae32336981");
    private static final long LIBOMV_CIRCUIT = 1082984734L;
    private static final UUID NMV_SESSION = UUID.fromString("5933462a-962c-4188-8755-d19c4aec2737");
    private static final long NMV_CIRCUIT = 113843116L;
    /** "Default Region" at grid 1000,1000: region_x = region_y = 256000 metres. */
    private static final long REGION_HANDLE = 256000L << 32 | 256000L;

    /**
     * The only captures that do not re-encode byte for byte. OpenSim 0.9.2.2 builds packets with an OMV compiled from
     * an older template, which lacks the newest trailing Variable blocks and so leaves them out entirely (receivers
     * read a missing trailing block as empty). We always write their zero counts, so our body is longer by one zero
     * byte per omitted block: AvatarAppearance lacks AttachmentBlock; RegionInfo lacks RegionInfo5 and CombatSettings.
     */
    private static final Map<String, Integer> OMITTED_TRAILING_BLOCKS =
            Map.of("AvatarAppearance--opensim--ZR.hex", 1, "RegionInfo--opensim--ZR.hex", 2);

    static List<Capture> captures() {
        return Capture.all();
    }

    private static Message decode(String file) {
        return CODEC.decode(Capture.named(file).bytes()).message();
    }

    private static List<Integer> acksOf(String file) {
        return CODEC.decode(Capture.named(file).bytes()).acks();
    }

    @Test
    void everyCaptureFileIsPresent() {
        assertThat(captures()).hasSize(61);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void decodesToTheNamedMessageWithTheFileNameFlags(Capture c) {
        Packet p = CODEC.decode(c.bytes());
        assertThat(p.message()).isNotInstanceOf(UnknownMessage.class);
        assertThat(p.message().getClass().getSimpleName()).isEqualTo(c.message());
        assertThat(p.zerocoded()).as("Z").isEqualTo(c.flagged('Z'));
        assertThat(p.reliable()).as("R").isEqualTo(c.flagged('R'));
        assertThat(p.resent()).as("S").isEqualTo(c.flagged('S'));
        assertThat(!p.acks().isEmpty()).as("A").isEqualTo(c.flagged('A'));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void reencodesToTheSameBytes(Capture c) {
        Packet p = CODEC.decode(c.bytes());
        // AS_FLAGGED reproduces libomv, which zero-codes whatever its template says even when that grows the body.
        byte[] ours = CODEC.encode(p, ZeroCodePolicy.AS_FLAGGED);
        int omitted = OMITTED_TRAILING_BLOCKS.getOrDefault(c.file(), 0);
        if (omitted == 0) {
            assertThat(hex(ours)).isEqualTo(hex(c.bytes()));
        } else {
            byte[] theirs = zeroDecoded(c.bytes());
            byte[] expected = Arrays.copyOf(theirs, theirs.length + omitted);
            assertThat(hex(zeroDecoded(ours))).isEqualTo(hex(expected));
        }
        if (c.sender().equals("opensim") && c.flagged('Z') && omitted == 0) {
            checkDefaultPolicyAgainstOpenSim(c, p);
        }
    }

    /**
     * OpenSim keeps zero-coding when it does not make the datagram longer; our default policy keeps it only when it
     * makes it strictly shorter. Where the coded body is shorter both send the same bytes; where it is the same length
     * (CameraConstraint, some wind LayerData) we send it uncoded, which is equally valid: receivers obey the flag.
     */
    private static void checkDefaultPolicyAgainstOpenSim(Capture c, Packet p) {
        byte[] ours = CODEC.encode(p);
        if (c.bytes().length < zeroDecoded(c.bytes()).length) {
            assertThat(hex(ours)).as("default policy").isEqualTo(hex(c.bytes()));
        } else {
            assertThat(ours.length).isEqualTo(c.bytes().length);
            assertThat(ours[0] & Packet.FLAG_ZEROCODED).isZero();
            assertThat(CODEC.decode(ours).message()).isEqualTo(p.message());
        }
    }

    @Test
    void useCircuitCodeCarriesTheLoginRepliesCircuitSessionAndAgent() {
        assertThat(decode("UseCircuitCode--libomv--R.hex"))
                .isEqualTo(UseCircuitCode.of(LIBOMV_CIRCUIT, LIBOMV_SESSION, AGENT));
        assertThat(decode("UseCircuitCode--node-metaverse--R.hex"))
                .isEqualTo(UseCircuitCode.of(NMV_CIRCUIT, NMV_SESSION, AGENT));
        assertThat(decode("CompleteAgentMovement--libomv--R.hex"))
                .isEqualTo(CompleteAgentMovement.of(AGENT, LIBOMV_SESSION, LIBOMV_CIRCUIT));
        // libomv starts its sequence numbers at 1, node-metaverse at 0.
        assertThat(CODEC.decode(Capture.named("UseCircuitCode--libomv--R.hex").bytes()).sequence()).isEqualTo(1);
        assertThat(CODEC.decode(Capture.named("UseCircuitCode--node-metaverse--R.hex").bytes()).sequence()).isZero();
    }

    @Test
    void agentMovementCompletePlacesTheAgentMidRegion() {
        AgentMovementComplete m = (AgentMovementComplete) decode("AgentMovementComplete--opensim--R.hex");
        assertThat(m.agentData().agentID()).isEqualTo(AGENT);
        assertThat(m.agentData().sessionID()).isEqualTo(LIBOMV_SESSION);
        assertThat(m.data().position().x()).isCloseTo(128f, within(1f));
        assertThat(m.data().position().y()).isCloseTo(128f, within(1f));
        assertThat(m.data().regionHandle()).isEqualTo(REGION_HANDLE);
        assertThat(m.simData().channelVersion()).isEqualTo("OpenSim 0.9.2.2 Yeti Release (Unix/Mono)");
    }

    @Test
    void regionHandshakeNamesTheRegionAndItsOwner() {
        RegionHandshake m = (RegionHandshake) decode("RegionHandshake--opensim--ZR.hex");
        assertThat(m.regionInfo().simName()).isEqualTo("Default Region");
        assertThat(m.regionInfo().simOwner()).isEqualTo(AGENT);
        assertThat(m.regionInfo().waterHeight()).isEqualTo(20f);
        // What OpenSim hard-codes: zero TerrainBase ids, CPUClassID 9, CPURatio 1, one RegionInfo4 with bit 63 set.
        assertThat(m.regionInfo().terrainBase0()).isEqualTo(new UUID(0, 0));
        assertThat(m.regionInfo3().cpuClassID()).isEqualTo(9);
        assertThat(m.regionInfo3().cpuRatio()).isEqualTo(1);
        assertThat(m.regionInfo4()).hasSize(1);
        assertThat(m.regionInfo4().get(0).regionProtocols()).isEqualTo(1L << 63);
        assertThat(m.regionInfo4().get(0).regionFlagsExtended()).isEqualTo(m.regionInfo().regionFlags());
    }

    @Test
    void layerDataTypesAreRepeatedInsideThePatchHeader() {
        LayerData land = (LayerData) decode("LayerData--opensim--R.hex");
        assertThat(land.layerID().type()).isEqualTo(LayerData.LAND).isEqualTo(0x4C);
        // Patch group header: stride 264 (08 01), patch size 16, then the layer type again.
        assertThat(land.layerData().data().toArray()).startsWith(0x08, 0x01, 0x10, 0x4C);
        LayerData wind = (LayerData) decode("LayerData--opensim--ZR.hex");
        assertThat(wind.layerID().type()).isEqualTo(0x37);
        assertThat(wind.layerData().data().toArray()).startsWith(0x08, 0x01, 0x10, 0x37);
    }

    @Test
    void packetAcksListTheIdsTheTimelinesRecord() {
        assertThat(((PacketAck) decode("PacketAck--libomv---.hex")).ids())
                .containsExactly(3, 6, 5, 4, 8, 9, 10, 7, 11, 14);
        assertThat(((PacketAck) decode("PacketAck--node-metaverse---.hex")).ids()).containsExactly(1);
        // OpenSim's immediate ack of UseCircuitCode: sequence 0, acking libomv's sequence 1.
        Packet opensim = CODEC.decode(Capture.named("PacketAck--opensim---.hex").bytes());
        assertThat(opensim.sequence()).isZero();
        assertThat(((PacketAck) opensim.message()).ids()).containsExactly(1);
    }

    @Test
    void appendedAcksAreReadFromTheEnd() {
        assertThat(acksOf("AgentUpdate--libomv--ZA.hex")).containsExactly(21, 22, 23);
        assertThat(acksOf("RegionHandshakeReply--libomv--ZRA.hex")).containsExactly(1, 2);
        assertThat(acksOf("AgentCachedTexture--libomv--RA.hex")).containsExactly(51, 52);
        assertThat(acksOf("TransferRequest--libomv--ZRA.hex")).containsExactly(34);
        assertThat(acksOf("StartPingCheck--libomv--A.hex")).containsExactly(40, 41, 42, 43, 44, 45, 46, 47, 48);
        assertThat(decode("StartPingCheck--libomv--A.hex")).isEqualTo(StartPingCheck.of(1, 24));
    }

    @Test
    void heartbeatsAndPingsCarryTheTimelinesValues() {
        AgentUpdate.AgentData u = ((AgentUpdate) decode("AgentUpdate--libomv--ZR.hex")).agentData();
        assertThat(u.far()).isEqualTo(128f);
        assertThat(u.controlFlags()).isZero();
        assertThat(u.sessionID()).isEqualTo(LIBOMV_SESSION);
        assertThat(decode("StartPingCheck--opensim---.hex")).isEqualTo(StartPingCheck.of(0, 3));
    }

    @Test
    void throttlesAreSevenLittleEndianRatesInBitsPerSecond() {
        AgentThrottle m = (AgentThrottle) decode("AgentThrottle--libomv--ZR.hex");
        assertThat(m.agentData().circuitCode()).isEqualTo(LIBOMV_CIRCUIT);
        // libomv's defaults: resend 150 kbit/s (0x48127C00 little-endian), land 170 kbit/s, ...
        assertThat(m.throttle().bitsPerSecond()).hasSize(AgentThrottle.CATEGORIES).startsWith(150_000f, 170_000f);
        assertThat(AgentThrottle.Throttle.of(0, m.throttle().bitsPerSecond())).isEqualTo(m.throttle());
    }

    @Test
    void theAvatarsObjectUpdateIsWhatOpenSimWritesAtLogin() {
        ObjectUpdate m = (ObjectUpdate) decode("ObjectUpdate--opensim--ZR.hex");
        assertThat(m.regionData().regionHandle()).isEqualTo(REGION_HANDLE);
        assertThat(m.objectData()).hasSize(1);
        ObjectUpdate.ObjectData o = m.objectData().get(0);
        assertThat(o.fullID()).isEqualTo(AGENT);
        assertThat(o.pCode()).isEqualTo(47);
        assertThat(o.material()).isEqualTo(4);
        assertThat(o.objectData().length()).isEqualTo(76);
        assertThat(o.nameValue())
                .isEqualTo("FirstName STRING RW SV Test\nLastName STRING RW SV User\nTitle STRING RW SV ");
    }

    @Test
    void sceneMessagesNameTheAgent() {
        CoarseLocationUpdate c = (CoarseLocationUpdate) decode("CoarseLocationUpdate--opensim---.hex");
        assertThat(c.location()).containsExactly(new CoarseLocationUpdate.Location(127, 127, 6));
        assertThat(c.index()).isEqualTo(new CoarseLocationUpdate.Index(0, -1));
        assertThat(c.agentData()).containsExactly(new CoarseLocationUpdate.AgentData(AGENT));
        AvatarAnimation a = (AvatarAnimation) decode("AvatarAnimation--opensim--R.hex");
        assertThat(a.sender().id()).isEqualTo(AGENT);
        assertThat(a.animationList()).extracting(AvatarAnimation.AnimationList::animSequenceID).containsExactly(1);
    }

    /** The zero-expanded datagram: header, then the decoded message number and body (these captures have no acks). */
    private static byte[] zeroDecoded(byte[] datagram) {
        byte[] body = ZeroCoder.decode(datagram, 6, datagram.length - 6, 6);
        byte[] out = Arrays.copyOf(datagram, 6 + body.length);
        System.arraycopy(body, 0, out, 6, body.length);
        return out;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
