package rituals.protocol.eventqueue;

import java.net.Inet4Address;
import java.util.Map;

/**
 * EnableSimulator: tells a viewer about a neighbour region it should open a child circuit to. Body
 * {@code {SimulatorInfo: [{Handle, IP, Port, RegionSizeX, RegionSizeY}]}}; the handle and sizes are big-endian
 * binary, the address 4-byte binary, the port an integer.
 */
public record EnableSimulatorEvent(SimulatorInfo simulatorInfo) implements EventMessage {
    public static final String MESSAGE = "EnableSimulator";

    /**
     * @param handle      the neighbour's region handle
     * @param regionSizeX metres; LibreMetaverse takes 256 when absent, and so does this reader
     */
    public record SimulatorInfo(long handle, Inet4Address ip, int port, long regionSizeX, long regionSizeY) {}

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public RawEvent toRaw() {
        Map<String, Object> info = EventFields.map();
        info.put("Handle", EventFields.u64Binary(simulatorInfo.handle()));
        info.put("IP", EventFields.ipv4Binary(simulatorInfo.ip()));
        info.put("Port", simulatorInfo.port());
        info.put("RegionSizeX", EventFields.u32Binary(simulatorInfo.regionSizeX()));
        info.put("RegionSizeY", EventFields.u32Binary(simulatorInfo.regionSizeY()));
        return new RawEvent(MESSAGE, Map.of("SimulatorInfo", EventFields.blockValue(info)));
    }

    static EnableSimulatorEvent read(RawEvent event) {
        EventFields info = EventFields.of(event).block("SimulatorInfo");
        return new EnableSimulatorEvent(new SimulatorInfo(info.u64("Handle"), info.ipv4("IP"), info.integer("Port"),
                info.regionSize("RegionSizeX"),
                info.regionSize("RegionSizeY")));
    }
}
