package rituals.protocol.eventqueue;

/**
 * A typed event-queue message. Each record knows its wire name and writes its body exactly as OpenSim 0.9.2.2 types
 * it; {@link EventMessages#decode} reads one back, and a message without a record stays an {@link UnknownEvent}.
 */
public sealed interface EventMessage permits EnableSimulatorEvent, EstablishAgentCommunicationEvent,
        TeleportFinishEvent, CrossedRegionEvent, DisableSimulatorEvent, TeleportFailedEvent, ParcelPropertiesEvent,
        UnknownEvent {
    /** The {@code message} the event travels under. */
    String messageName();

    /** The event as it goes into an EventQueueGet reply. */
    RawEvent toRaw();
}
