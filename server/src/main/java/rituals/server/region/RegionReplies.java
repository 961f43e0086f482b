package rituals.server.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import rituals.protocol.message.AgentData;
import rituals.protocol.message.AgentDataUpdate;
import rituals.protocol.message.AgentWearablesUpdate;
import rituals.protocol.message.EconomyData;
import rituals.protocol.message.MapBlockReply;
import rituals.protocol.message.RegionInfo;

/**
 * The answers to a client's questions about the region and itself, with the values a fresh OpenSim 0.9.2.2 region
 * gives (read from the captured replies): estate and region info, the world map, the economy, the agent's group data
 * and its wearables.
 */
final class RegionReplies {
    /** RegionInfo's region flags in the capture (RegionHandshake carries others). */
    private static final long REGION_INFO_FLAGS = 335544326L;
    /** MapBlockReply's "no more regions" marker: a block at 0,0 with this access. */
    private static final int ACCESS_END = 255;
    private static final int ESTATE_ID = 101;
    private static final int MAX_AGENTS = 40;
    private static final UUID ZERO = new UUID(0, 0);

    /** OpenSim answers a map search with at most this many regions. */
    private static final int MAP_SEARCH_LIMIT = 20;

    private final RegionSettings settings;
    private final List<RegionSettings> grid;

    /** @param grid every region of the venue, this one included: the map shows them all */
    RegionReplies(RegionSettings settings, List<RegionSettings> grid) {
        this.settings = settings;
        this.grid = List.copyOf(grid);
    }

    RegionReplies(RegionSettings settings) {
        this(settings, List.of(settings));
    }

    RegionInfo regionInfo(UUID agentId, UUID sessionId) {
        var info = new RegionInfo.RegionInfoBlock(settings.name(), ESTATE_ID, 1, REGION_INFO_FLAGS,
                SceneMessages.SIM_ACCESS_PG, MAX_AGENTS, 0f, 1f, settings.waterHeight(), 100f, -100f, 1, 0, 0, false,
                0f);
        var info2 = new RegionInfo.RegionInfo2("", "", MAX_AGENTS, 100, ParcelMessages.MAX_PRIMS);
        return new RegionInfo(new AgentData(agentId, sessionId), info, info2, List.of(), List.of(), List.of());
    }

    /**
     * MapNameRequest: the venue's regions whose name starts with the text asked for (case-insensitive, as OpenSim's
     * search by name; at most 20), then the end marker OpenSim always appends, carrying the text asked for.
     */
    MapBlockReply mapByName(UUID agentId, long flags, String asked) {
        List<MapBlockReply.Data> blocks = new ArrayList<>();
        String want = asked.trim().toLowerCase(Locale.ROOT);
        for (RegionSettings r : grid) {
            if (!want.isEmpty() && blocks.size() < MAP_SEARCH_LIMIT
                    && r.name().toLowerCase(Locale.ROOT).startsWith(want)) {
                blocks.add(block(r));
            }
        }
        blocks.add(endMarker(asked));
        return new MapBlockReply(new MapBlockReply.AgentData(agentId, flags), blocks, List.of());
    }

    /** MapBlockRequest: the venue's regions that lie in the rectangle (in regions), or only the end marker. */
    MapBlockReply mapByArea(UUID agentId, long flags, int minX, int maxX, int minY, int maxY) {
        List<MapBlockReply.Data> blocks = new ArrayList<>();
        for (RegionSettings r : grid) {
            if (r.gridX() >= minX && r.gridX() <= maxX && r.gridY() >= minY && r.gridY() <= maxY) {
                blocks.add(block(r));
            }
        }
        return new MapBlockReply(new MapBlockReply.AgentData(agentId, flags),
                blocks.isEmpty() ? List.of(endMarker("")) : blocks, List.of());
    }

    private static MapBlockReply.Data endMarker(String name) {
        return new MapBlockReply.Data(0, 0, name, ACCESS_END, 0, 0, 0, ZERO);
    }

    private static MapBlockReply.Data block(RegionSettings r) {
        return new MapBlockReply.Data(r.gridX(), r.gridY(), r.name(), SceneMessages.SIM_ACCESS_PG, 0, 0, 0, ZERO);
    }

    /** OpenSim's standalone economy: everything free, as in the capture. */
    EconomyData economy() {
        return new EconomyData(new EconomyData.Info(ParcelMessages.MAX_PRIMS, 0, 0, 0, 4, 0, 0, 1f, 0, 0, 0, 2f, 1f,
                0f, 10f, 0, -1));
    }

    /** The agent belongs to no group: empty title and name, zero group and powers. */
    AgentDataUpdate agentData(UUID agentId, String first, String last) {
        return new AgentDataUpdate(new AgentDataUpdate.AgentData(agentId, first, last, "", ZERO, 0, ""));
    }

    /**
     * The agent wears nothing the venue stores (it keeps no inventory items), so the list is empty; the block count
     * is still written, which clients read to know the update is complete.
     */
    AgentWearablesUpdate wearables(UUID agentId, UUID sessionId) {
        return new AgentWearablesUpdate(new AgentWearablesUpdate.AgentData(agentId, sessionId, 0), List.of());
    }
}
