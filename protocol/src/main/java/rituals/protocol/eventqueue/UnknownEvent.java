package rituals.protocol.eventqueue;

/** An event this module has no record for, passed through as it came. */
public record UnknownEvent(RawEvent raw) implements EventMessage {
    @Override
    public String messageName() {
        return raw.message();
    }

    @Override
    public RawEvent toRaw() {
        return raw;
    }
}
