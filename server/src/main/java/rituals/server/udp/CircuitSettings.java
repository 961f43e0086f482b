package rituals.server.udp;

import rituals.protocol.circuit.ReliabilitySettings;

/**
 * The cadence of one circuit's housekeeping, OpenSim's numbers by default (LLUDPServer.OutgoingPacketHandler).
 *
 * @param ackFlushMillis     owed acks go out as a PacketAck at least this often (OpenSim: 500)
 * @param ackFlushBytes      ... or at once after this many bytes were received since the last flush (2 × MTU)
 * @param resendCheckMillis  how often unacked packets are checked against the RTO (OpenSim: 100)
 * @param pingIntervalMillis StartPingCheck period (OpenSim: 5000)
 * @param maxQueued          messages that may wait behind the throttles, and datagrams behind the send budget of an
 *                           endpoint not yet proven; one more is dropped and counted (OpenSim has no bound). A login
 *                           queues about 40 (terrain, parcels, objects); 256 replies of about 250 bytes are 64 KB
 */
public record CircuitSettings(ReliabilitySettings reliability, long ackFlushMillis, int ackFlushBytes,
        long resendCheckMillis, long pingIntervalMillis, int maxQueued) {

    public static final CircuitSettings DEFAULT = new CircuitSettings(ReliabilitySettings.SERVER, 500, 2800, 100, 5000,
            256);
}
