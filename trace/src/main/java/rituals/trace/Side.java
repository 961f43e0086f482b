package rituals.trace;

/** Which peer a probe sits in. */
public enum Side {
    SERVER,
    CLIENT
}
