package rituals.trace.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import rituals.trace.Channel;
import rituals.trace.Party;
import rituals.trace.Scope;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/**
 * The timeline for tools: a header line, then one JSON object per event, fields in this order:
 * {@code {"seq":12,"t_ms":11.4,"side":"SERVER","channel":"UDP","verb":"SEND","subject":"AgentMovementComplete",
 * "size":121,"from":"region:Default Region","to":"client","region":"Default Region","handle":"1099511628032000",
 * "circuit":812,"agent":"Test User","agent_id":"…","facts":{"Pos":"<128, 128, 26>", …}}}; the scope fields appear
 * when known. {@code t_ms} is milliseconds since the recording started, with the nanoseconds as decimals, so reading
 * a file back gives the very events that were written. docs/EVENTS.md describes every field.
 */
public final class JsonLines {
    /** Floats as BigDecimal: a double would round t_ms of a long recording away from its nanoseconds. */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonFactory FACTORY = MAPPER.getFactory()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private JsonLines() {}

    /** The header as one line of JSON (no newline). */
    public static String line(TraceHeader h) {
        return json(json -> {
            json.writeStringField("schema", TraceHeader.SCHEMA);
            json.writeNumberField("version", h.version());
            json.writeStringField("started", h.started());
            json.writeStringField("tool", h.tool());
            json.writeStringField("recorder", h.recordedBy());
        });
    }

    /** One event as one line of JSON (no newline). */
    public static String line(TraceEvent e) {
        return json(json -> {
            json.writeNumberField("seq", e.seq());
            json.writeNumberField("t_ms", BigDecimal.valueOf(e.nanos(), 6).stripTrailingZeros());
            json.writeStringField("side", e.side().name());
            json.writeStringField("channel", e.channel().name());
            json.writeStringField("verb", e.verb().name());
            json.writeStringField("subject", e.subject());
            json.writeNumberField("size", e.size());
            json.writeStringField("from", e.from().toString());
            json.writeStringField("to", e.to().toString());
            Scope s = e.scope();
            if (!s.region().isEmpty()) {
                json.writeStringField("region", s.region());
            }
            if (s.regionHandle() != 0) {
                // as text: a handle is an unsigned 64-bit value that JavaScript's numbers would round
                json.writeStringField("handle", Long.toUnsignedString(s.regionHandle()));
            }
            if (s.circuit() != 0) {
                json.writeNumberField("circuit", s.circuit());
            }
            if (!s.agent().isEmpty()) {
                json.writeStringField("agent", s.agent());
            }
            if (!s.agentId().isEmpty()) {
                json.writeStringField("agent_id", s.agentId());
            }
            json.writeObjectFieldStart("facts");
            for (Map.Entry<String, String> fact : e.facts().entrySet()) {
                json.writeStringField(fact.getKey(), fact.getValue());
            }
            json.writeEndObject();
        });
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static String json(Fields fields) {
        StringWriter out = new StringWriter(200);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing JSON to a string", impossible);
        }
        return out.toString();
    }

    /** Writes the header, then the events, one line each. */
    public static void write(TraceHeader header, List<TraceEvent> events, Writer out) throws IOException {
        out.write(line(header));
        out.write('\n');
        for (TraceEvent e : events) {
            out.write(line(e));
            out.write('\n');
        }
        out.flush();
    }

    public static void write(TraceHeader header, List<TraceEvent> events, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(header, events, out);
        }
    }

    /**
     * Reads a trace. A file of this schema or of schema 1 (written before headers existed, whose parties are derived
     * as the probes derive them) reads; a newer or foreign one fails at its first line, naming the version. Blank
     * lines are skipped; any other bad line fails with its line number.
     */
    public static TraceFile read(Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
        List<TraceEvent> events = new ArrayList<>();
        TraceHeader header = null;
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = tree(line);
                if (header == null) {
                    header = node.has("schema") ? header(node) : TraceHeader.legacy();
                    if (node.has("schema")) {
                        continue;
                    }
                }
                // schema 1 named its verb "event"; a line cut out of a newer file reads without its header too
                events.add(node.has("verb") ? event(node) : legacyEvent(node));
            } catch (TraceFormatException e) {
                throw new TraceFormatException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new TraceFile(header == null ? TraceHeader.legacy() : header, events);
    }

    public static TraceFile read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** Parses one event line written by {@link #line(TraceEvent)}. */
    public static TraceEvent parse(String line) throws TraceFormatException {
        return event(tree(line));
    }

    /** Parses a header line, refusing a schema this build cannot read. */
    static TraceHeader parseHeader(String line) throws TraceFormatException {
        return header(tree(line));
    }

    private static JsonNode tree(String line) throws TraceFormatException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TraceFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new TraceFormatException("not a JSON object");
        }
        return node;
    }

    private static TraceHeader header(JsonNode node) throws TraceFormatException {
        String schema = text(node, "schema");
        if (!TraceHeader.SCHEMA.equals(schema)) {
            throw new TraceFormatException("not a Rituals trace: its schema is '" + schema + "'");
        }
        int version = number(node, "version").intValue();
        if (version < 2 || version > TraceHeader.VERSION) {
            throw new TraceFormatException("written with trace schema version " + version + "; this rituals reads "
                    + "versions 1 to " + TraceHeader.VERSION + (version > TraceHeader.VERSION
                            ? ": read it with a newer rituals" : ""));
        }
        return new TraceHeader(version, text(node, "started"), text(node, "tool"), text(node, "recorder"));
    }

    private static TraceEvent event(JsonNode node) throws TraceFormatException {
        Scope scope = new Scope(optional(node, "region"), handle(node), node.path("circuit").asLong(0),
                optional(node, "agent"), optional(node, "agent_id"));
        return new TraceEvent(number(node, "seq").longValue(), nanos(node), constant(Side.class, text(node, "side")),
                constant(Channel.class, text(node, "channel")), constant(Verb.class, text(node, "verb")),
                text(node, "subject"), number(node, "size").intValue(), party(node, "from"), party(node, "to"), scope,
                facts(node));
    }

    /** Schema 1: verbs as free strings, no parties, no scope. */
    private static TraceEvent legacyEvent(JsonNode node) throws TraceFormatException {
        Channel channel = constant(Channel.class, text(node, "channel"));
        String event = text(node, "event");
        String subject = text(node, "subject");
        Verb verb;
        if (channel == Channel.BEHAVIOR && !event.equals("EXPECT")) {
            verb = Verb.NOTE; // schema 1 wrote a behaviour step's scenario as its verb
            subject = event;
        } else {
            verb = constant(Verb.class, event.replace(' ', '_'));
        }
        return TraceEvent.of(number(node, "seq").longValue(), nanos(node), constant(Side.class, text(node, "side")),
                channel, verb, subject, number(node, "size").intValue(), Scope.NONE, facts(node));
    }

    private static long nanos(JsonNode node) throws TraceFormatException {
        try {
            return number(node, "t_ms").decimalValue().movePointRight(6).longValueExact();
        } catch (ArithmeticException e) {
            throw new TraceFormatException("t_ms is finer than a nanosecond or out of range");
        }
    }

    private static long handle(JsonNode node) throws TraceFormatException {
        String text = optional(node, "handle");
        try {
            return text.isEmpty() ? 0 : Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new TraceFormatException("handle '" + text + "' is not an unsigned 64-bit number");
        }
    }

    private static Party party(JsonNode node, String field) throws TraceFormatException {
        String text = text(node, field);
        try {
            return Party.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException(field + " '" + text + "' is not a party (client, login, region:NAME, caps, "
                    + "observer)");
        }
    }

    private static Map<String, String> facts(JsonNode node) throws TraceFormatException {
        JsonNode factsNode = node.get("facts");
        Map<String, String> facts = new LinkedHashMap<>();
        if (factsNode != null && !factsNode.isNull()) {
            if (!factsNode.isObject()) {
                throw new TraceFormatException("facts is not an object");
            }
            for (Map.Entry<String, JsonNode> fact : factsNode.properties()) {
                if (!fact.getValue().isValueNode() || fact.getValue().isNull()) {
                    throw new TraceFormatException("fact " + fact.getKey() + " is not a plain value");
                }
                facts.put(fact.getKey(), fact.getValue().asText());
            }
        }
        return facts;
    }

    private static JsonNode number(JsonNode node, String field) throws TraceFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new TraceFormatException("field " + field + " is missing or not a number");
        }
        return value;
    }

    private static String text(JsonNode node, String field) throws TraceFormatException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new TraceFormatException("field " + field + " is missing or not a string");
        }
        return value.textValue();
    }

    private static String optional(JsonNode node, String field) throws TraceFormatException {
        return node.has(field) ? text(node, field) : "";
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) throws TraceFormatException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
                    + " '" + name + "'");
        }
    }
}
