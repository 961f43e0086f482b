package rituals.server.region;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;
import rituals.protocol.codec.ByteWriter;
import rituals.protocol.message.AgentData;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.KickUser;
import rituals.protocol.message.LogoutReply;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.RegionData;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.SimStats;
import rituals.protocol.message.SimulatorViewerTimeMessage;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;
import rituals.server.world.Avatar;
import rituals.server.world.SceneObject;

/**
 * World → message: the region's outgoing messages built from domain state, with the values OpenSim 0.9.2.2 writes
 * (as seen in the captures: region flags, access, texture ids, stat ids).
 */
final class SceneMessages {
    /** The region flags and extended flags of the captured OpenSim RegionHandshake. */
    private static final long REGION_FLAGS = 336625702L;
    static final int SIM_ACCESS_PG = 13;
    private static final long MORE_THAN_SIX_BAKES = 1L << 63;
    private static final int PCODE_PRIM = 9;
    private static final int PCODE_AVATAR = 47;
    private static final int MATERIAL_WOOD = 3;
    private static final int MATERIAL_FLESH = 4;
    private static final UUID[] TERRAIN_DETAIL = {
        UUID.fromString("b8d3965a-ad78-bf43-699b-bff8eca6c975"), UUID.fromString("abb783e6-3e93-26c0-248a-247666855da3"),
        UUID.fromString("179cdabd-398a-9b6b-1391-4dc333ba321f"), UUID.fromString("beb169c7-11ea-fff2-efe5-0f24dc881df2")
    };
    /** The viewer's default plywood texture, for prims. */
    private static final UUID PLYWOOD = UUID.fromString("89556747-24cb-43ed-920b-47caed15465f");
    private static final Bytes NO_COLOR = Bytes.of(new byte[4]);
    private static final UUID ZERO = new UUID(0, 0);

    private final RegionSettings settings;
    private final UUID cacheId;
    private final Bytes primTexture = defaultTextureEntry(PLYWOOD);

    SceneMessages(RegionSettings settings, UUID cacheId) {
        this.settings = settings;
        this.cacheId = cacheId;
    }

    RegionHandshake regionHandshake(UUID agentId) {
        var info = new RegionHandshake.RegionInfo(REGION_FLAGS, SIM_ACCESS_PG, settings.name(), settings.ownerId(),
                agentId.equals(settings.ownerId()), settings.waterHeight(), 0f, cacheId, ZERO, ZERO, ZERO, ZERO,
                TERRAIN_DETAIL[0], TERRAIN_DETAIL[1], TERRAIN_DETAIL[2], TERRAIN_DETAIL[3], 10, 10, 10, 10, 60, 60, 60,
                60);
        return new RegionHandshake(info, new RegionHandshake.RegionInfo2(settings.regionId()),
                new RegionHandshake.RegionInfo3(9, 1, "", "", ""),
                List.of(new RegionHandshake.RegionInfo4(REGION_FLAGS, MORE_THAN_SIX_BAKES)));
    }

    AgentMovementComplete movementComplete(Avatar a, UUID sessionId, long epochMillis) {
        return new AgentMovementComplete(new AgentData(a.agentId(),
                sessionId), new AgentMovementComplete.Data(a.position(), a.lookAt(), settings.handle(),
                epochMillis / 1000), new AgentMovementComplete.SimData(settings.simVersion()));
    }

    ObjectUpdate avatarUpdate(Avatar a) {
        return new ObjectUpdate(regionData(), List.of(avatarBlock(a)));
    }

    /** Avatars in ObjectUpdates of at most {@code perPacket} blocks each. */
    List<ObjectUpdate> avatarUpdates(List<Avatar> avatars, int perPacket) {
        return packed(avatars, perPacket, SceneMessages::avatarBlock);
    }

    /** Prims in ObjectUpdates of at most {@code perPacket} blocks each, to stay under the datagram limit. */
    List<ObjectUpdate> primUpdates(List<SceneObject> objects, int perPacket) {
        return packed(objects, perPacket, this::primBlock);
    }

    private <T> List<ObjectUpdate> packed(List<T> items, int perPacket, Function<T, ObjectUpdate.ObjectData> block) {
        List<ObjectUpdate> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += perPacket) {
            List<ObjectUpdate.ObjectData> blocks = new ArrayList<>();
            for (T item : items.subList(i, Math.min(items.size(), i + perPacket))) {
                blocks.add(block.apply(item));
            }
            out.add(new ObjectUpdate(regionData(), blocks));
        }
        return out;
    }

    private RegionData regionData() {
        return new RegionData(settings.handle(), 65535);
    }

    private static ObjectUpdate.ObjectData avatarBlock(Avatar a) {
        ByteWriter w = new ByteWriter(76);
        w.f32(0).f32(0).f32(0).f32(1); // collision plane: none
        motion(w, a.position(), a.rotation());
        String nameValue = "FirstName STRING RW SV " + a.firstName() + "\nLastName STRING RW SV " + a.lastName()
                + "\nTitle STRING RW SV ";
        return block(a.localId(), a.agentId(), PCODE_AVATAR, MATERIAL_FLESH, Avatar.SIZE, w, 0, 0, 0, Bytes.EMPTY,
                nameValue, ZERO);
    }

    private ObjectUpdate.ObjectData primBlock(SceneObject o) {
        ByteWriter w = new ByteWriter(60);
        motion(w, o.position(), o.rotation());
        return block(o.localId(), o.fullId(), PCODE_PRIM, MATERIAL_WOOD, o.scale(), w, o.shape().pathCurve(),
                o.shape().profileCurve(), 100, primTexture, "", o.ownerId());
    }

    /** Position, zero velocity and acceleration, the rotation's x/y/z, zero spin: 60 bytes. */
    private static void motion(ByteWriter w, Vector3 position, Quaternion rotation) {
        w.f32(position.x()).f32(position.y()).f32(position.z());
        w.f32(0).f32(0).f32(0).f32(0).f32(0).f32(0);
        float[] r = rotation.wireXyz();
        w.f32(r[0]).f32(r[1]).f32(r[2]);
        w.f32(0).f32(0).f32(0);
    }

    private static ObjectUpdate.ObjectData block(int localId, UUID fullId, int pCode, int material, Vector3 scale,
            ByteWriter motion, int pathCurve, int profileCurve, int pathScale, Bytes texture, String nameValue,
            UUID owner) {
        return new ObjectUpdate.ObjectData(Integer.toUnsignedLong(localId), 0, fullId, 0, pCode, material, 0, scale,
                Bytes.wrap(motion.toByteArray()), 0, 0, pathCurve, profileCurve, 0, 0, pathScale, pathScale, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, texture, Bytes.EMPTY, nameValue, Bytes.EMPTY, "", NO_COLOR, "",
                Bytes.EMPTY, Bytes.EMPTY, ZERO, owner, 0f, 0, 0f, 0, Vector3.ZERO, Vector3.ZERO);
    }

    /**
     * The shortest TextureEntry viewers accept: a default for each face property and no per-face exceptions (each
     * list is ended by a zero face mask). Colour is stored inverted, so four zero bytes are opaque white.
     */
    static Bytes defaultTextureEntry(UUID texture) {
        ByteWriter w = new ByteWriter(80);
        w.uuid(texture).u8(0);
        w.raw(new byte[4], 0, 4).u8(0); // colour
        w.f32(1).u8(0); // repeat U
        w.f32(1).u8(0); // repeat V
        w.u16(0).u8(0); // offset U
        w.u16(0).u8(0); // offset V
        w.u16(0).u8(0); // rotation
        w.u8(0).u8(0); // material (bump, shiny)
        w.u8(0).u8(0); // media flags
        w.u8(0).u8(0); // glow
        w.uuid(ZERO).u8(0); // material id
        return Bytes.wrap(w.toByteArray());
    }

    LogoutReply logoutReply(UUID agentId, UUID sessionId) {
        return new LogoutReply(new AgentData(agentId, sessionId), List.of(new LogoutReply.InventoryData(ZERO)));
    }

    KickUser kickUser(UUID agentId, UUID sessionId, String reason) {
        return new KickUser(new KickUser.TargetBlock(anyAddress(), 0), new KickUser.UserInfo(agentId, sessionId,
                reason));
    }

    private static Inet4Address anyAddress() {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[4]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The handful of SimStats OpenSim's viewer panel shows first (stat ids from SimStatsReporter). */
    SimStats simStats(int rootAgents, int prims) {
        List<SimStats.Stat> stats = List.of(new SimStats.Stat(0, 1f), new SimStats.Stat(1, 55f),
                new SimStats.Stat(2, 55f), new SimStats.Stat(13, rootAgents), new SimStats.Stat(14, 0f),
                new SimStats.Stat(11, prims), new SimStats.Stat(12, 0f));
        return new SimStats(new SimStats.Region(settings.gridX(), settings.gridY(), REGION_FLAGS,
                ParcelMessages.MAX_PRIMS), stats, new SimStats.PidStat(0), List.of());
    }

    /** OpenSim's day of 4 hours and year of 44: SecPerDay 14400, SecPerYear 158400; the sun is not modelled. */
    SimulatorViewerTimeMessage viewerTime(long epochMillis) {
        double dayFraction = (epochMillis / 1000.0 % 14400) / 14400;
        return new SimulatorViewerTimeMessage(new SimulatorViewerTimeMessage.TimeInfo(epochMillis * 1000, 14400,
                158400, Vector3.ZERO, (float) (dayFraction * 2 * Math.PI), Vector3.ZERO));
    }
}
