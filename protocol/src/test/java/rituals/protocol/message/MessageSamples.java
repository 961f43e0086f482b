package rituals.protocol.message;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;
import rituals.protocol.types.Vector4;

/**
 * One non-trivial sample of every declared message, for round-trip tests. Values exercise the awkward corners: all-ones
 * unsigned fields, negative signed ones, non-ASCII text, empty and non-empty Variable blocks and byte strings.
 */
public final class MessageSamples {
    private MessageSamples() {}

    static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    static final UUID SESSION = UUID.fromString("50e7c694-ed35-4494-9d23-63ae32336981");
    static final AgentData AGENT_DATA = new AgentData(AGENT, SESSION);
    private static final long HANDLE = 256000L << 32 | 256000L;
    private static final long U32_MAX = 0xFFFFFFFFL;

    /** Samples in catalog-independent order; the round-trip test checks every catalog entry has one. */
    public static List<Message> all() {
        return List.of(
                UseCircuitCode.of(1082984734L, SESSION, AGENT),
                regionHandshake(),
                RegionHandshakeReply.of(AGENT, SESSION, 0b111),
                CompleteAgentMovement.of(AGENT, SESSION, U32_MAX),
                new AgentMovementComplete(AGENT_DATA,
                        new AgentMovementComplete.Data(v(128, 128, 25.98f), v(1, 0, 0), HANDLE, 1_700_000_000L),
                        new AgentMovementComplete.SimData("OpenSim 0.9.2.2 Yeti Release (Unix/Mono)")),
                agentUpdate(),
                objectUpdate(),
                LayerData.of(LayerData.LAND, Bytes.fromHex("080110 4c 0000009c41 010000 2610")),
                StartPingCheck.of(255, U32_MAX),
                CompletePingCheck.of(7),
                PacketAck.of(List.of(1, 2, 0xFFFFFFFF, 0x01020304)),
                new OpenCircuit(new OpenCircuit.CircuitInfo(ip(10, 0, 0, 255), 9000)),
                new CloseCircuit(),
                LogoutRequest.of(AGENT, SESSION),
                new LogoutReply(AGENT_DATA, List.of(new LogoutReply.InventoryData(new UUID(0, 0)))),
                new KickUser(new KickUser.TargetBlock(ip(0, 0, 0, 0), 0),
                        new KickUser.UserInfo(AGENT, SESSION, "You have been logged out: duplicate login ✓")),
                new DisableSimulator(),
                AgentThrottle.of(AGENT, SESSION, 1082984734L, 3, 150000f, 170000f, 34000f, 34000f, 446000f, 446000f,
                        220000f),
                new SimStats(new SimStats.Region(1000, 1000, 0x14108026L, 15000),
                        List.of(new SimStats.Stat(0, 1f), new SimStats.Stat(13, 55.5f)), new SimStats.PidStat(-1),
                        List.of(new SimStats.RegionInfo(-1L))),
                new SimulatorViewerTimeMessage(new SimulatorViewerTimeMessage.TimeInfo(
                        -2L, 14400, 158400, v(0.5f, -0.5f, 0.70710677f), 3.1f, Vector3.ZERO)),
                new CoarseLocationUpdate(List.of(new CoarseLocationUpdate.Location(127, 127, 6),
                                new CoarseLocationUpdate.Location(255, 0, 1)),
                        new CoarseLocationUpdate.Index(0, -1), List.of(new CoarseLocationUpdate.AgentData(AGENT),
                                new CoarseLocationUpdate.AgentData(SESSION))),
                new EnableSimulator(new EnableSimulator.SimulatorInfo(HANDLE + 256, ip(127, 0, 0, 1), 65535)),
                ChatFromViewer.of(AGENT, SESSION, "Hello, region — ça va?", 1, -2147483648),
                new ChatFromSimulator(new ChatFromSimulator.ChatData("Test User", AGENT, AGENT, 1, 1, 1,
                        v(128, 128, 25), "Hello, region")),
                new ImprovedTerseObjectUpdate(new RegionData(HANDLE, 65535), List.of(
                        new ImprovedTerseObjectUpdate.ObjectData(Bytes.fromHex("af331d2b0001"), Bytes.EMPTY))),
                new EconomyDataRequest(),
                new EconomyData(
                        new EconomyData.Info(15000, -1, 100, 10, 4, 4, 1, 1f, 0, 10, 2, 2f, 1f, 1f, 1f, 1, 100)),
                new AgentPause(new AgentPause.AgentData(AGENT, SESSION, 1)),
                new AgentResume(new AgentResume.AgentData(AGENT, SESSION, 2)),
                new UUIDNameRequest(List.of(new UUIDNameRequest.UUIDNameBlock(AGENT))),
                new UUIDNameReply(List.of(new UUIDNameReply.UUIDNameBlock(AGENT, "Test", "User"),
                        new UUIDNameReply.UUIDNameBlock(SESSION, "", "Ünïcode"))),
                new ParcelOverlay(new ParcelOverlay.ParcelData(3, Bytes.fromHex("c3838383430303030000"))),
                new AvatarAnimation(new AvatarAnimation.Sender(AGENT),
                        List.of(new AvatarAnimation.AnimationList(uuid(1), Integer.MIN_VALUE)),
                        List.of(new AvatarAnimation.AnimationSourceList(AGENT)),
                        List.of(new AvatarAnimation.PhysicalAvatarEventList(Bytes.fromHex("0102")))),
                avatarAppearance(),
                AgentWearablesRequest.of(AGENT, SESSION),
                new AgentWearablesUpdate(new AgentWearablesUpdate.AgentData(AGENT, SESSION, 1),
                        List.of(new AgentWearablesUpdate.WearableData(uuid(2), uuid(3), 0),
                                new AgentWearablesUpdate.WearableData(uuid(4), uuid(5), 255))),
                regionInfo(),
                new RequestRegionInfo(AGENT_DATA),
                new AgentDataUpdateRequest(AGENT_DATA),
                new AgentDataUpdate(new AgentDataUpdate.AgentData(AGENT, "Zoë", "Résident", "", new UUID(0, 0), -1L,
                        "")),
                new MapBlockRequest(new MapNameRequest.AgentData(AGENT, SESSION, 0x10000, U32_MAX, false),
                        new MapBlockRequest.PositionData(999, 1001, 0, 65535)),
                new AgentCachedTexture(new AgentCachedTexture.AgentData(AGENT, SESSION, -5),
                        List.of(new AgentCachedTexture.WearableData(uuid(6), 8))),
                new AgentCachedTextureResponse(new AgentCachedTextureResponse.AgentData(AGENT, SESSION, 5),
                        List.of(new AgentCachedTextureResponse.WearableData(new UUID(0, 0), 8, ""),
                                new AgentCachedTextureResponse.WearableData(uuid(7), 9, "cache.example"))),
                new ParcelAccessListRequest(AGENT_DATA, new ParcelAccessListRequest.Data(0, 3, 1)),
                new ParcelAccessListReply(new ParcelAccessListReply.Data(AGENT, 0, 1, 1),
                        List.of(new ParcelAccessListReply.Entry(uuid(8), -1, U32_MAX))),
                new ParcelDwellRequest(AGENT_DATA, new ParcelDwellRequest.Data(1, uuid(9))),
                new ParcelDwellReply(new ParcelDwellReply.AgentData(AGENT),
                        new ParcelDwellReply.Data(1, uuid(9), 12.5f)),
                new MapNameRequest(new MapNameRequest.AgentData(AGENT, SESSION, 0, 0, true),
                        new MapNameRequest.NameData("Default Region")),
                new MapBlockReply(new MapBlockReply.AgentData(AGENT, 0),
                        List.of(new MapBlockReply.Data(1000, 1000, "Default Region", 13, 0, 20, 1, uuid(10))),
                        List.of(new MapBlockReply.Size(256, 256))),
                new TransferRequest(new TransferRequest.TransferInfo(uuid(11), 2, 2, 101f, Bytes.fromHex("0d000000"))),
                new TransferInfo(new TransferInfo.TransferInfoBlock(uuid(11), 2, 2, 0, 1100, Bytes.fromHex("0d"))),
                new TransferPacket(new TransferPacket.TransferData(uuid(11), 2, 0, 1, Bytes.wrap(new byte[700]))),
                new CameraConstraint(
                        new CameraConstraint.CameraCollidePlane(new Vector4(-0.01f, -0.01f, 0.99f, 22.4f))),
                agentSetAppearance());
    }

    private static RegionHandshake regionHandshake() {
        return new RegionHandshake(
                new RegionHandshake.RegionInfo(0x14108026L, 13, "Default Region", AGENT, true, 20f, 1f, uuid(20),
                        new UUID(0, 0), new UUID(0, 0), new UUID(0, 0), new UUID(0, 0),
                        uuid(21), uuid(22), uuid(23), uuid(24), 10f, 10f, 10f, 10f, 60f, 60f, 60f, 60f),
                new RegionHandshake.RegionInfo2(uuid(25)),
                new RegionHandshake.RegionInfo3(9, 1, "", "", "Mainland"),
                List.of(new RegionHandshake.RegionInfo4(0x14108026L, 1L << 63)));
    }

    private static AgentUpdate agentUpdate() {
        return new AgentUpdate(new AgentUpdate.AgentData(AGENT, SESSION, Quaternion.fromWire(0, 0, 0.5f),
                Quaternion.IDENTITY, 0, v(128, 128, 27), v(1, 0, 0), v(0, 1, 0), v(0, 0, 1), 128f, 0x00000400L, 2));
    }

    /** An avatar as OpenSim describes it at login: PCode 47, 76 bytes of motion, names as NameValue text. */
    static ObjectUpdate objectUpdate() {
        byte[] motion = new byte[76];
        motion[15] = 0x3f; // collision plane w = 0.5
        motion[19] = 0x43; // position x = 128
        return new ObjectUpdate(new RegionData(HANDLE, 65535), List.of(new ObjectUpdate.ObjectData(
                724382639L, 0, AGENT, 0, 47, 4, 0, v(0.45f, 0.6f, 1.9f), Bytes.wrap(motion), 0, 0x10000f01L,
                16, 1, 0, 0, 100, 100, 0, 0, -1, -128, 127, 0, 0, 0, 0, 0, 0, 0,
                Bytes.fromHex("89556747"), Bytes.EMPTY,
                "FirstName STRING RW SV Test\nLastName STRING RW SV User\nTitle STRING RW SV ",
                Bytes.EMPTY, "", Bytes.fromHex("ffffff00"), "", Bytes.EMPTY, Bytes.fromHex("00"),
                new UUID(0, 0), AGENT, 0.5f, 0, 1.5f, 0, Vector3.ZERO, v(0, 0, 1))));
    }

    private static AvatarAppearance avatarAppearance() {
        List<AvatarAppearance.VisualParam> params = new ArrayList<>();
        for (int i = 0; i < 218; i++) {
            params.add(new AvatarAppearance.VisualParam(i * 7 & 0xFF));
        }
        return new AvatarAppearance(new AvatarAppearance.Sender(AGENT, false),
                new AvatarAppearance.ObjectData(Bytes.fromHex("c228d1cf4b5d4ba884f4899a0796aa970000")), params,
                List.of(new AvatarAppearance.AppearanceData(1, 7, 0)),
                List.of(new AvatarAppearance.AppearanceHover(v(0, 0, 0.1f))),
                List.of(new AvatarAppearance.AttachmentBlock(uuid(30), 5)));
    }

    private static RegionInfo regionInfo() {
        return new RegionInfo(AGENT_DATA,
                new RegionInfo.RegionInfoBlock("Default Region", 101, 1, 0x14108026L, 13, 100, 1f, 1f, 20f, 100f,
                        -100f, 1, 0, 0, true, 0f),
                new RegionInfo.RegionInfo2("", "Mainland", 100, 100, 15000),
                List.of(new RegionInfo.RegionInfo3(0x14108026L)),
                List.of(new RegionInfo.RegionInfo5(10f, 20f, 100f, 0f, 0f, 0f, 1)),
                List.of());
    }

    private static AgentSetAppearance agentSetAppearance() {
        return new AgentSetAppearance(new AgentSetAppearance.AgentData(AGENT, SESSION, 1, v(0.45f, 0.6f, 1.9f)),
                List.of(new AgentSetAppearance.WearableData(uuid(40), 8),
                        new AgentSetAppearance.WearableData(uuid(41), 9)),
                new AgentSetAppearance.ObjectData(Bytes.fromHex("c228d1cf4b5d4ba884f4899a0796aa97")),
                List.of(new AgentSetAppearance.VisualParam(0), new AgentSetAppearance.VisualParam(255)));
    }

    static UUID uuid(int n) {
        return new UUID(0x1111111100004000L | n, 0x8000000000000000L | n);
    }

    private static Vector3 v(float x, float y, float z) {
        return new Vector3(x, y, z);
    }

    private static Inet4Address ip(int a, int b, int c, int d) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
