package rituals.server.region;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import rituals.protocol.eventqueue.ParcelPropertiesEvent;
import rituals.protocol.message.ParcelAccessListReply;
import rituals.protocol.message.ParcelDwellReply;
import rituals.protocol.message.ParcelOverlay;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;

/**
 * The region's land as clients see it: one parcel covering the whole region, owned by the region's owner, as in a
 * fresh OpenSim region. Builds the parcel messages OpenSim sends: the ParcelOverlay map (at arrival), the
 * ParcelProperties event (at arrival, over the event queue), and the answers to ParcelDwellRequest and
 * ParcelAccessListRequest.
 */
final class ParcelMessages {
    /** The one parcel's region-local id (OpenSim numbers a region's first parcel 1). */
    static final int LOCAL_ID = 1;
    /** OpenSim's prim limit for a whole default region. */
    static final int MAX_PRIMS = 15000;
    /** ParcelOverlay: a byte per 4×4 m cell, 64×64 cells, sent in four packets of 16 rows. */
    private static final int CELLS = 64;
    private static final int OVERLAY_PACKETS = 4;
    /** Overlay cell bits: ownership in the low bits, and the parcel's west and south edges. */
    private static final int OWNED_BY_OTHER = 1;
    private static final int OWNED_BY_SELF = 3;
    private static final int WEST_LINE = 0x40;
    private static final int SOUTH_LINE = 0x80;
    /** Access-list kinds a ParcelAccessListRequest may ask for (its Flags). */
    private static final long ACCESS_LIST = 1;
    private static final long BAN_LIST = 2;
    /** OpenSim's default parcel flags: fly, other scripts, landmarks, create objects, deed, prim entry, voice. */
    private static final long DEFAULT_FLAGS = 1L | 1L << 1 | 1L << 3 | 1L << 6 | 1L << 13 | 1L << 27 | 1L << 29;
    private static final UUID ZERO = new UUID(0, 0);

    private final RegionSettings settings;
    private final UUID globalId;
    /** The overlay as the owner sees it, and as everyone else does: built once, sent at every arrival. */
    private final List<ParcelOverlay> ownOverlay;
    private final List<ParcelOverlay> othersOverlay;

    ParcelMessages(RegionSettings settings) {
        this.settings = settings;
        this.globalId = globalId(settings.handle(), settings.size() - 4, settings.size() - 4);
        this.ownOverlay = overlay(OWNED_BY_SELF);
        this.othersOverlay = overlay(OWNED_BY_OTHER);
    }

    /**
     * A parcel's region-independent id as OpenSim builds it for land it has no stored id for: the region handle and
     * a point of the parcel, as little-endian numbers (the captured whole-region parcel at 1000,1000 gives
     * {@code 00e80300-00e8-0300-fc00-0000fc000000}: the point 252,252).
     */
    static UUID globalId(long regionHandle, int x, int y) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(regionHandle).putInt(x).putInt(y);
        b.flip();
        ByteBuffer big = b.order(ByteOrder.BIG_ENDIAN);
        return new UUID(big.getLong(), big.getLong());
    }

    UUID globalId() {
        return globalId;
    }

    /** The overlay for one viewer: every cell is the one parcel, its own when the viewer owns the region. */
    List<ParcelOverlay> overlays(UUID viewer) {
        return viewer.equals(settings.ownerId()) ? ownOverlay : othersOverlay;
    }

    private static List<ParcelOverlay> overlay(int owner) {
        byte[] cells = new byte[CELLS * CELLS];
        for (int y = 0; y < CELLS; y++) {
            for (int x = 0; x < CELLS; x++) {
                int v = owner | (x == 0 ? WEST_LINE : 0) | (y == 0 ? SOUTH_LINE : 0);
                cells[y * CELLS + x] = (byte) v;
            }
        }
        List<ParcelOverlay> out = new ArrayList<>(OVERLAY_PACKETS);
        int part = cells.length / OVERLAY_PACKETS;
        for (int i = 0; i < OVERLAY_PACKETS; i++) {
            out.add(new ParcelOverlay(new ParcelOverlay.ParcelData(i,
                    Bytes.wrap(Arrays.copyOfRange(cells, i * part, (i + 1) * part)))));
        }
        return List.copyOf(out);
    }

    ParcelDwellReply dwell(UUID agentId) {
        return new ParcelDwellReply(new ParcelDwellReply.AgentData(agentId),
                new ParcelDwellReply.Data(LOCAL_ID, globalId, 0f));
    }

    /**
     * One reply per list asked for (access, ban), as OpenSim sends them; an empty list is written as a single
     * all-zero entry carrying the list's flag, as in the capture.
     */
    List<ParcelAccessListReply> accessLists(UUID agentId, int sequenceId, long flags) {
        List<ParcelAccessListReply> out = new ArrayList<>(2);
        for (long kind : new long[] {ACCESS_LIST, BAN_LIST}) {
            if ((flags & kind) != 0) {
                out.add(new ParcelAccessListReply(new ParcelAccessListReply.Data(agentId, sequenceId, kind, LOCAL_ID),
                        List.of(new ParcelAccessListReply.Entry(ZERO, 0, kind))));
            }
        }
        return out;
    }

    /** The ParcelProperties event for the one parcel: the whole region, its prims all the owner's. */
    ParcelPropertiesEvent properties(int simPrims) {
        int size = settings.size();
        byte[] bitmap = new byte[CELLS * CELLS / 8];
        Arrays.fill(bitmap, (byte) 0xFF); // every cell belongs to this parcel
        Vector3 zero = Vector3.ZERO;
        var parcel = new ParcelPropertiesEvent.ParcelData(LOCAL_ID, new Vector3(size, size, 0), zero, size * size, 0,
                ZERO, Bytes.wrap(bitmap), 0, 0, 0, "", DEFAULT_FLAGS, ZERO, 0, false, 0, MAX_PRIMS, ZERO, "", false,
                "", "Your Parcel", 0, 0, 0, settings.ownerId(), simPrims, 1f, 0f, 0, 0, false, false, 0, 0, 0, 0, 0, 0,
                MAX_PRIMS, simPrims, false, ZERO, 0, simPrims, zero, zero, true, true, true);
        var media = new ParcelPropertiesEvent.MediaData("", 0, 0, false, "", false, false);
        return new ParcelPropertiesEvent(parcel, media, new ParcelPropertiesEvent.AgeVerificationBlock(false),
                new ParcelPropertiesEvent.RegionAllowAccessBlock(true));
    }
}
