package rituals.protocol.eventqueue;

import java.util.Map;

/**
 * DisableSimulator over the event queue: an empty body, as LibreMetaverse reads and writes it. OpenSim 0.9.2.2 never
 * sends this form (it sends the UDP message), but a viewer may meet it from other servers.
 */
public record DisableSimulatorEvent() implements EventMessage {
    public static final String MESSAGE = "DisableSimulator";

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public RawEvent toRaw() {
        return new RawEvent(MESSAGE, Map.of());
    }

    static DisableSimulatorEvent read(RawEvent event) {
        return new DisableSimulatorEvent();
    }
}
