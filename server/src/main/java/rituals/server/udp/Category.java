package rituals.server.udp;

/**
 * OpenSim's throttle categories. The first seven are the AgentThrottle floats in wire order; {@link #UNTHROTTLED}
 * carries acks, pings, the handshake and DisableSimulator, which OpenSim never holds back.
 */
public enum Category {
    RESEND,
    LAND,
    WIND,
    CLOUD,
    TASK,
    TEXTURE,
    ASSET,
    UNTHROTTLED;

    /** The number of categories AgentThrottle carries. */
    public static final int WIRE_COUNT = 7;
}
