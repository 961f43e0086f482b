package rituals.client.login;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.UUID;

/**
 * What a successful login hands the client: who it is, the circuit it may open, where the sim listens, and the seed
 * capability. Only the fields the connection needs (see protocol-facts §1.4).
 *
 * @param regionX region corner in world metres (grid index × 256)
 * @param regionY region corner in world metres
 */
public record LoginReply(
        String firstName, String lastName, UUID agentID, UUID sessionID, UUID secureSessionID, long circuitCode,
        String simIp, int simPort, long regionX, long regionY, URI seedCapability, String message) {

    /** The sim's UDP endpoint. */
    public InetSocketAddress sim() {
        return new InetSocketAddress(simIp, simPort);
    }

    /** {@code (regionX << 32) | regionY}, as LibreMetaverse builds it. */
    public long regionHandle() {
        return regionX << 32 | regionY;
    }
}
