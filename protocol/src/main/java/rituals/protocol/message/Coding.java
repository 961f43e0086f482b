package rituals.protocol.message;

/** The template's default zero-coding for a message. */
public enum Coding {
    ZEROCODED,
    UNENCODED
}
