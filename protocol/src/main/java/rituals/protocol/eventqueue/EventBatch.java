package rituals.protocol.eventqueue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.xml.XmlLimits;

/**
 * The body of a 200 EventQueueGet reply, {@code {events: [{message, body}, …], id}}: the one codec of that envelope,
 * for the venue that writes it, the suitor that reads it and the fakes in tests.
 *
 * @param id the reply's id, which the next poll echoes as {@code ack}; {@link #NO_ID} when a reply carried none
 */
public record EventBatch(int id, List<RawEvent> events) {
    /** A reply without a usable {@code id}: the next poll's ack is undef. */
    public static final int NO_ID = -1;
    /** Biggest reply body the suitor reads (OpenSim's batches of a few events are a few kilobytes). */
    public static final XmlLimits LIMITS = XmlLimits.DEFAULT.withMaxBytes(1024 * 1024);

    public EventBatch {
        events = List.copyOf(events);
    }

    public Map<String, Object> toLlsd() {
        List<Object> list = new ArrayList<>(events.size());
        for (RawEvent e : events) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("message", e.message());
            m.put("body", e.body());
            list.add(m);
        }
        // OpenSim's order: the events, then the id.
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("events", list);
        reply.put("id", id);
        return reply;
    }

    /** The reply as LLSD XML. */
    public byte[] write() {
        return LlsdXml.write(toLlsd());
    }

    /**
     * Reads a reply as LibreMetaverse does: an entry without a string {@code message} is skipped, a missing or
     * non-map {@code body} is an empty one, a missing or non-integer {@code id} is {@link #NO_ID}.
     *
     * @throws DecodeException when the value is not an LLSD map
     */
    public static EventBatch fromLlsd(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw DecodeException.at("EventQueueGet reply", 0, "not an LLSD map");
        }
        int id = map.get("id") instanceof Integer n ? n : NO_ID;
        List<RawEvent> events = new ArrayList<>();
        if (map.get("events") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> event && event.get("message") instanceof String name) {
                    events.add(new RawEvent(name, event.get("body") instanceof Map<?, ?> b ? stringKeys(b) : Map.of()));
                }
            }
        }
        return new EventBatch(id, events);
    }

    /**
     * Parses a reply body.
     *
     * @throws DecodeException when the body is not LLSD XML within {@link #LIMITS}, or not a map
     */
    public static EventBatch parse(byte[] body) {
        return fromLlsd(LlsdXml.parse(body, LIMITS));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeys(Map<?, ?> llsdMap) {
        return (Map<String, Object>) llsdMap; // the LLSD reader keys every map by String
    }
}
