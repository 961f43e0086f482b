package rituals.protocol.message;

import static rituals.protocol.codec.Wire.IpAddr;
import static rituals.protocol.codec.Wire.IpPort;

import java.net.Inet4Address;

/** Sim to sim only (blacklisted on viewer circuits): opens a circuit to an address; declared so it decodes by name. */
public record OpenCircuit(CircuitInfo circuitInfo) implements Message {
    public record CircuitInfo(@IpAddr Inet4Address ip, @IpPort int port) {}
}
