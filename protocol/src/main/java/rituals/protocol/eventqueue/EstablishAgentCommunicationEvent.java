package rituals.protocol.eventqueue;

import java.util.Map;
import java.util.UUID;

/**
 * EstablishAgentCommunication: the seed capability of a neighbour whose child circuit the viewer opened. A flat body
 * with hyphenated keys, the endpoint as the string {@code "a.b.c.d:port"} (OpenSim 0.9.2.2 leaves out the region
 * handle and size).
 */
public record EstablishAgentCommunicationEvent(UUID agentID, String simIpAndPort, String seedCapability)
        implements EventMessage {
    public static final String MESSAGE = "EstablishAgentCommunication";

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public RawEvent toRaw() {
        Map<String, Object> body = EventFields.map();
        body.put("agent-id", agentID);
        body.put("sim-ip-and-port", simIpAndPort);
        body.put("seed-capability", seedCapability);
        return new RawEvent(MESSAGE, body);
    }

    static EstablishAgentCommunicationEvent read(RawEvent event) {
        EventFields body = EventFields.of(event);
        return new EstablishAgentCommunicationEvent(body.uuid("agent-id"), body.string("sim-ip-and-port"),
                body.string("seed-capability"));
    }
}
