package rituals.protocol.udp;

/** When the encoder applies zero-coding to a packet flagged for it. */
public enum ZeroCodePolicy {
    /** Only when the result is strictly shorter; otherwise the flag is cleared (what we send). */
    WHEN_SHORTER,
    /** Always, as LibreMetaverse does (used to reproduce its datagrams in golden tests). */
    AS_FLAGGED
}
