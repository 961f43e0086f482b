package rituals.protocol.message;

import static rituals.protocol.codec.Wire.IpAddr;
import static rituals.protocol.codec.Wire.IpPort;
import static rituals.protocol.codec.Wire.U64;

import java.net.Inet4Address;

/** Sim to client, over the event queue only (blacklisted on UDP): a neighbour region to open a child circuit to. */
public record EnableSimulator(SimulatorInfo simulatorInfo) implements Message {
    public record SimulatorInfo(@U64 long handle, @IpAddr Inet4Address ip, @IpPort int port) {}
}
