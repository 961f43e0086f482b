package rituals.protocol.circuit;

/**
 * How a circuit retransmits. OpenSim's RTO is {@code clamp(5 × smoothed ping, 250 ms, 3 s)}, starting at 1 s; on
 * loopback that falls to 250 ms, below LibreMetaverse's 500 ms ack flush, so OpenSim resends terrain that was never
 * lost. {@code minResendMillis} is the floor that respects the peer's ack cadence.
 *
 * @param initialRtoMillis  RTO before any ping has been answered (OpenSim DefaultRTO: 1000)
 * @param minRtoMillis      lower clamp of the computed RTO (OpenSim: 250)
 * @param maxRtoMillis      upper clamp (OpenSim MaxRTO: 3000)
 * @param minResendMillis   never resend sooner than this: the peer's ack flush interval plus a margin
 * @param maxResends        resends before a packet is given up (-1: never, as OpenSim; LibreMetaverse: 3)
 * @param duplicateWindow   how many received reliable sequence numbers are remembered (OpenSim: 1024)
 * @param maxBackoffMillis  each resend of a packet doubles its wait, up to this (equal to the first wait: no back-off)
 * @param maxInFlight       reliable packets awaiting their ack; past it the oldest is given up, so a peer that never
 *                          acks cannot grow the sender's memory
 */
public record ReliabilitySettings(
        long initialRtoMillis, long minRtoMillis, long maxRtoMillis, long minResendMillis, int maxResends,
        int duplicateWindow, long maxBackoffMillis, int maxInFlight) {

    /**
     * The venue's defaults: OpenSim's RTO rules, floored at LibreMetaverse's 500 ms ack flush plus 250 ms. OpenSim
     * doubles its RTO when a resend expires but never stops resending; the venue backs off per packet (1, 2, 4, 8, 16,
     * 16 s) and gives a packet up after six resends, about a minute, OpenSim's AckTimeout.
     */
    public static final ReliabilitySettings SERVER = new ReliabilitySettings(1000, 250, 3000, 750, 6, 1024, 16_000,
            1024);

    /** LibreMetaverse's client: resend after 4 s, at most 3 times (Timing.ResendTimeout, Packets.MaxResendCount). */
    public static final ReliabilitySettings CLIENT = new ReliabilitySettings(4000, 4000, 4000, 4000, 3, 1000, 4000,
            1024);
}
