package rituals.protocol.eventqueue;

import java.net.Inet4Address;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.types.Vector3;

/**
 * CrossedRegion: the avatar walked or flew into a neighbour. Three blocks, each an array of one map, in OpenSim's
 * order AgentData, Info, RegionData; the handle and sizes are big-endian binary, the address 4-byte binary.
 */
public record CrossedRegionEvent(AgentData agentData, Info info, RegionData regionData) implements EventMessage {
    public static final String MESSAGE = "CrossedRegion";

    public record AgentData(UUID agentID, UUID sessionID) {}

    /**
     * @param lookAt   what OpenSim passes here is the avatar's horizontal velocity (or zero), not a facing
     * @param position in the new region's coordinates
     */
    public record Info(Vector3 lookAt, Vector3 position) {}

    public record RegionData(long regionHandle, String seedCapability, Inet4Address simIP, int simPort,
            long regionSizeX, long regionSizeY) {}

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public RawEvent toRaw() {
        Map<String, Object> agent = EventFields.map();
        agent.put("AgentID", agentData.agentID());
        agent.put("SessionID", agentData.sessionID());
        Map<String, Object> where = EventFields.map();
        where.put("LookAt", EventFields.vectorValue(info.lookAt()));
        where.put("Position", EventFields.vectorValue(info.position()));
        Map<String, Object> region = EventFields.map();
        region.put("RegionHandle", EventFields.u64Binary(regionData.regionHandle()));
        region.put("SeedCapability", regionData.seedCapability());
        region.put("SimIP", EventFields.ipv4Binary(regionData.simIP()));
        region.put("SimPort", regionData.simPort());
        region.put("RegionSizeX", EventFields.u32Binary(regionData.regionSizeX()));
        region.put("RegionSizeY", EventFields.u32Binary(regionData.regionSizeY()));
        Map<String, Object> body = EventFields.map();
        body.put("AgentData", EventFields.blockValue(agent));
        body.put("Info", EventFields.blockValue(where));
        body.put("RegionData", EventFields.blockValue(region));
        return new RawEvent(MESSAGE, body);
    }

    static CrossedRegionEvent read(RawEvent event) {
        EventFields body = EventFields.of(event);
        EventFields agent = body.block("AgentData");
        EventFields where = body.block("Info");
        EventFields r = body.block("RegionData");
        return new CrossedRegionEvent(new AgentData(agent.uuid("AgentID"), agent.uuid("SessionID")),
                new Info(where.vector("LookAt"), where.vector("Position")),
                new RegionData(r.u64("RegionHandle"), r.string("SeedCapability"), r.ipv4("SimIP"), r.integer("SimPort"),
                        r.regionSize("RegionSizeX"),
                        r.regionSize("RegionSizeY")));
    }
}
