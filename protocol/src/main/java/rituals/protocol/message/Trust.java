package rituals.protocol.message;

/** Whether a message may come only from a trusted peer (sim to viewer, in practice). */
public enum Trust {
    TRUSTED,
    NOT_TRUSTED
}
