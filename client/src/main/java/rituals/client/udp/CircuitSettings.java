package rituals.client.udp;

import rituals.protocol.circuit.ReliabilitySettings;

/**
 * The client circuit's cadences, LibreMetaverse's defaults unless a test shortens them.
 *
 * @param reliability          resend rules ({@link ReliabilitySettings#CLIENT}: after 4 s, at most 3 times)
 * @param ackFlushMillis       owed acks are sent at least this often (Settings.NetworkTickInterval, 500 ms)
 * @param maxPendingAcks       owed acks are sent at once when this many are waiting (Packets.MaxPendingAcks, 10)
 * @param pingIntervalMillis   our own StartPingCheck cadence (Settings.PingInterval, 2200 ms); 0 = no pings
 */
public record CircuitSettings(
        ReliabilitySettings reliability, long ackFlushMillis, int maxPendingAcks, long pingIntervalMillis) {

    /** LibreMetaverse's values. */
    public static final CircuitSettings LIBREMETAVERSE = new CircuitSettings(ReliabilitySettings.CLIENT, 500, 10, 2200);

    public CircuitSettings {
        if (ackFlushMillis <= 0 || maxPendingAcks <= 0 || pingIntervalMillis < 0) {
            throw new IllegalArgumentException("ack flush and pending-ack limit must be positive, ping interval >= 0");
        }
    }
}
