package rituals.protocol;

/**
 * The one exception every decoder in this module throws on bad input. Its message names where the bytes went wrong
 * (message, block, field, byte offset) so that a dropped datagram or a refused login body can be diagnosed from a log
 * line alone.
 */
public final class DecodeException extends RuntimeException {
    private final String messageName;
    private final String block;
    private final String field;
    private final int offset;
    private final String reason;

    public DecodeException(String messageName, String block, String field, int offset, String reason) {
        super(describe(messageName, block, field, offset, reason));
        this.messageName = messageName;
        this.block = block;
        this.field = field;
        this.offset = offset;
        this.reason = reason;
    }

    public DecodeException(String messageName, String block, String field, int offset, String reason, Throwable cause) {
        this(messageName, block, field, offset, reason);
        initCause(cause);
    }

    /** For whole-document formats (XML, LLSD) where blocks and fields are element paths. */
    public static DecodeException at(String what, int offset, String reason) {
        return new DecodeException(what, "-", "-", offset, reason);
    }

    private static String describe(String messageName, String block, String field, int offset, String reason) {
        return reason + " (message " + messageName + ", block " + block + ", field " + field + ", byte offset " + offset
                + ")";
    }

    public String messageName() {
        return messageName;
    }

    public String block() {
        return block;
    }

    public String field() {
        return field;
    }

    public int offset() {
        return offset;
    }

    public String reason() {
        return reason;
    }

    /** The same failure attributed to a named message, block and field (used as the exception travels outwards). */
    public DecodeException within(String messageName, String block, String field) {
        return new DecodeException(
                this.messageName.equals("?") ? messageName : this.messageName,
                this.block.equals("?") ? block : this.block,
                this.field.equals("?") ? field : this.field,
                offset,
                reason,
                this);
    }
}
