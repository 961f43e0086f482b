package rituals.protocol.eventqueue;

import java.net.Inet4Address;
import java.util.Map;
import java.util.UUID;

/**
 * TeleportFinish: where the viewer goes after a teleport. Body {@code {Info: [{…}]}} with OpenSim 0.9.2.2's typing:
 * LocationID, RegionHandle, SimIP, TeleportFlags and the sizes as big-endian binary (node-metaverse reads them only
 * as binary), SimPort and SimAccess as integers, SeedCapability a string.
 */
public record TeleportFinishEvent(Info info) implements EventMessage {
    public static final String MESSAGE = "TeleportFinish";

    /**
     * @param locationID    OpenSim always sends 4
     * @param simAccess     the destination's maturity (OpenSim sends 13, PG)
     * @param teleportFlags OpenSim sends ViaLocation (16), plus IsFlying (8192) when the request had it
     */
    public record Info(UUID agentID, long locationID, Inet4Address simIP, int simPort, long regionHandle,
            String seedCapability, int simAccess, long teleportFlags, long regionSizeX, long regionSizeY) {}

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public RawEvent toRaw() {
        Map<String, Object> m = EventFields.map();
        m.put("AgentID", info.agentID());
        m.put("LocationID", EventFields.u32Binary(info.locationID()));
        m.put("SimIP", EventFields.ipv4Binary(info.simIP()));
        m.put("SimPort", info.simPort());
        m.put("RegionHandle", EventFields.u64Binary(info.regionHandle()));
        m.put("SeedCapability", info.seedCapability());
        m.put("SimAccess", info.simAccess());
        m.put("TeleportFlags", EventFields.u32Binary(info.teleportFlags()));
        m.put("RegionSizeX", EventFields.u32Binary(info.regionSizeX()));
        m.put("RegionSizeY", EventFields.u32Binary(info.regionSizeY()));
        return new RawEvent(MESSAGE, Map.of("Info", EventFields.blockValue(m)));
    }

    static TeleportFinishEvent read(RawEvent event) {
        EventFields f = EventFields.of(event).block("Info");
        return new TeleportFinishEvent(new Info(f.uuid("AgentID"), f.u32("LocationID"), f.ipv4("SimIP"),
                f.integer("SimPort"), f.u64("RegionHandle"), f.string("SeedCapability"), f.integer("SimAccess"),
                f.u32("TeleportFlags"), f.regionSize("RegionSizeX"),
                f.regionSize("RegionSizeY")));
    }
}
