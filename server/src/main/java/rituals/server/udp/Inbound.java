package rituals.server.udp;

import java.net.InetSocketAddress;
import rituals.protocol.udp.Packet;

/**
 * A datagram the receive thread decoded, on its way to the region loop through the inbox.
 *
 * @param size the datagram's length on the wire
 */
public record Inbound(InetSocketAddress from, Packet packet, int size) {}
