package rituals.server.region;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import rituals.protocol.message.AgentDataUpdateRequest;
import rituals.protocol.message.AgentWearablesRequest;
import rituals.protocol.message.EconomyDataRequest;
import rituals.protocol.message.MapBlockRequest;
import rituals.protocol.message.MapNameRequest;
import rituals.protocol.message.Message;
import rituals.protocol.message.ParcelAccessListRequest;
import rituals.protocol.message.ParcelDwellRequest;
import rituals.protocol.message.RequestRegionInfo;
import rituals.protocol.message.UUIDNameReply;
import rituals.protocol.message.UUIDNameRequest;
import rituals.server.udp.Category;

/**
 * The questions a client asks while it settles in, each answered at once as OpenSim answers it: RequestRegionInfo,
 * MapNameRequest and MapBlockRequest, EconomyDataRequest, AgentDataUpdateRequest, AgentWearablesRequest,
 * UUIDNameRequest, ParcelDwellRequest and ParcelAccessListRequest. Real clients wait for some of these answers
 * before they call themselves connected (node-metaverse: RegionInfo, a MapBlockReply naming the region, and
 * AgentWearablesUpdate). Runs on the region loop thread.
 */
final class RegionQueries {
    /** Body bytes of name blocks per UUIDNameReply, well under the 1200-byte datagram. */
    private static final int NAME_BYTES_PER_REPLY = 1000;

    /** The questions answered here: each has its row in the handler table. */
    static final List<Class<? extends Message>> QUESTIONS = List.of(RequestRegionInfo.class, MapNameRequest.class,
            MapBlockRequest.class, EconomyDataRequest.class, AgentDataUpdateRequest.class, AgentWearablesRequest.class,
            UUIDNameRequest.class, ParcelDwellRequest.class, ParcelAccessListRequest.class);

    private final RegionContext region;
    private final RegionReplies replies;
    private final ParcelMessages parcels;

    RegionQueries(RegionContext region, RegionReplies replies, ParcelMessages parcels) {
        this.region = region;
        this.replies = replies;
        this.parcels = parcels;
    }

    /** Answers {@code m}, one of the {@link #QUESTIONS}. */
    void handle(AgentSession s, Message m, long now) {
        for (Message reply : answer(s, m)) {
            s.circuit.send(reply, true, Category.TASK, now);
        }
    }

    /** The replies to {@code m}: none when it is not a question answered here. */
    private List<? extends Message> answer(AgentSession s, Message m) {
        if (m instanceof RequestRegionInfo) {
            return List.of(replies.regionInfo(s.agentId(), s.sessionId()));
        } else if (m instanceof MapNameRequest r) {
            return List.of(replies.mapByName(s.agentId(), r.agentData().flags(), r.nameData().name()));
        } else if (m instanceof MapBlockRequest r) {
            MapBlockRequest.PositionData p = r.positionData();
            return List.of(replies.mapByArea(s.agentId(), r.agentData().flags(), p.minX(), p.maxX(), p.minY(),
                    p.maxY()));
        } else if (m instanceof EconomyDataRequest) {
            return List.of(replies.economy());
        } else if (m instanceof AgentDataUpdateRequest) {
            return List.of(replies.agentData(s.agentId(), s.origin.firstName(), s.origin.lastName()));
        } else if (m instanceof AgentWearablesRequest) {
            return List.of(replies.wearables(s.agentId(), s.sessionId()));
        } else if (m instanceof UUIDNameRequest r) {
            return names(r);
        } else if (m instanceof ParcelDwellRequest) {
            return List.of(parcels.dwell(s.agentId()));
        } else if (m instanceof ParcelAccessListRequest r) {
            return parcels.accessLists(s.agentId(), r.data().sequenceID(), r.data().flags());
        }
        return List.of();
    }

    /**
     * The names of the agents asked about that are in the region, split over as many replies as the datagram limit
     * needs. The region knows no one else, so other ids are left out, as OpenSim leaves out ids it cannot resolve.
     */
    private List<UUIDNameReply> names(UUIDNameRequest r) {
        List<UUIDNameReply> out = new ArrayList<>();
        List<UUIDNameReply.UUIDNameBlock> known = new ArrayList<>();
        int bytes = 0;
        for (UUIDNameRequest.UUIDNameBlock b : r.uuidNameBlock()) {
            AgentSession who = region.session(b.id());
            if (who == null) {
                continue;
            }
            String first = who.origin.firstName();
            String last = who.origin.lastName();
            int size = 16 + 2 + utf8(first) + 1 + utf8(last) + 1; // id, two length bytes, two NUL-ended strings
            if (bytes + size > NAME_BYTES_PER_REPLY) {
                out.add(new UUIDNameReply(known));
                known = new ArrayList<>();
                bytes = 0;
            }
            known.add(new UUIDNameReply.UUIDNameBlock(b.id(), first, last));
            bytes += size;
        }
        if (!known.isEmpty()) {
            out.add(new UUIDNameReply(known));
        }
        return out;
    }

    private static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
