package rituals.protocol.eventqueue;

import java.util.Map;
import java.util.function.Function;

/** The typed event-queue messages by wire name: decoding a {@link RawEvent} into its record. */
public final class EventMessages {
    private static final Map<String, Function<RawEvent, EventMessage>> READERS = Map.of(
            EnableSimulatorEvent.MESSAGE, EnableSimulatorEvent::read,
            EstablishAgentCommunicationEvent.MESSAGE, EstablishAgentCommunicationEvent::read,
            TeleportFinishEvent.MESSAGE, TeleportFinishEvent::read,
            CrossedRegionEvent.MESSAGE, CrossedRegionEvent::read,
            DisableSimulatorEvent.MESSAGE, DisableSimulatorEvent::read,
            TeleportFailedEvent.MESSAGE, TeleportFailedEvent::read,
            ParcelPropertiesEvent.MESSAGE, ParcelPropertiesEvent::read);

    private EventMessages() {}

    /**
     * The event as its record, or an {@link UnknownEvent} carrying it unchanged when no record has its name.
     *
     * @throws rituals.protocol.DecodeException when a known message lacks a field or has one of the wrong type
     */
    public static EventMessage decode(RawEvent event) {
        Function<RawEvent, EventMessage> reader = READERS.get(event.message());
        return reader == null ? new UnknownEvent(event) : reader.apply(event);
    }
}
