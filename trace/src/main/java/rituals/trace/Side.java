package rituals.trace;

/** Where a probe sits: in one of the two peers, or between them as a neutral observer. */
public enum Side {
    SERVER,
    CLIENT,
    OBSERVER
}
