package rituals.protocol.eventqueue;

import java.util.LinkedHashMap;
import java.util.Map;
import rituals.protocol.llsd.Llsd;

/**
 * The body a client POSTs to EventQueueGet, {@code {ack, done}}: the id of the last reply it read (undef after an
 * empty or failed one, 0 on the first poll) and whether it is closing the queue. OpenSim reads neither; the suitor
 * writes both as LibreMetaverse does.
 *
 * @param ack the last reply's id; {@link EventBatch#NO_ID} (or any negative number) for undef
 */
public record EventPollRequest(int ack, boolean done) {
    public Map<String, Object> toLlsd() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ack", ack < 0 ? Llsd.UNDEF : ack);
        body.put("done", done);
        return body;
    }

    /** The ack as a trace shows it: the id, or "undef". */
    public Object ackForTrace() {
        return ack < 0 ? "undef" : ack;
    }

    /** Reads a poll body leniently (nobody acts on it): anything not an integer ack is undef, done defaults false. */
    public static EventPollRequest fromLlsd(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return new EventPollRequest(EventBatch.NO_ID, false);
        }
        return new EventPollRequest(map.get("ack") instanceof Integer n && n >= 0 ? n : EventBatch.NO_ID,
                Boolean.TRUE.equals(map.get("done")));
    }
}
