package rituals.trace;

/** The road a signal travels: the login service, the UDP circuit, the capabilities, or a scripted behaviour. */
public enum Channel {
    LOGIN,
    UDP,
    CAPS,
    CIRCUIT,
    BEHAVIOR
}
