package rituals.protocol.eventqueue;

import java.util.Map;
import java.util.UUID;

/**
 * TeleportFailed over the event queue, as LibreMetaverse and node-metaverse read it: {@code Info[{AgentID, Reason}]}
 * and {@code AlertInfo[{Message, ExtraParams}]}, both required (LibreMetaverse drops the event when either is
 * missing). OpenSim 0.9.2.2 sends only the UDP message.
 */
public record TeleportFailedEvent(Info info, AlertInfo alertInfo) implements EventMessage {
    public static final String MESSAGE = "TeleportFailed";

    public record Info(UUID agentID, String reason) {}

    /** @param message a key viewers look up in their alert strings */
    public record AlertInfo(String message, String extraParams) {}

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public RawEvent toRaw() {
        Map<String, Object> alert = EventFields.map();
        alert.put("ExtraParams", alertInfo.extraParams());
        alert.put("Message", alertInfo.message());
        Map<String, Object> i = EventFields.map();
        i.put("AgentID", info.agentID());
        i.put("Reason", info.reason());
        Map<String, Object> body = EventFields.map();
        body.put("AlertInfo", EventFields.blockValue(alert));
        body.put("Info", EventFields.blockValue(i));
        return new RawEvent(MESSAGE, body);
    }

    static TeleportFailedEvent read(RawEvent event) {
        EventFields body = EventFields.of(event);
        EventFields alert = body.block("AlertInfo");
        EventFields i = body.block("Info");
        return new TeleportFailedEvent(new Info(i.uuid("AgentID"), i.string("Reason")),
                new AlertInfo(alert.string("Message"), alert.string("ExtraParams")));
    }
}
