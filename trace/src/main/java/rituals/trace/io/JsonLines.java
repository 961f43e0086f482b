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
import java.util.Map;
import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.TraceEvent;

/**
 * The timeline for tools: one JSON object per line, fields in this order:
 * {@code {"seq":12,"t_ms":11.4,"side":"SERVER","channel":"UDP","event":"SEND","subject":"AgentMovementComplete",
 * "size":121,"facts":{"Pos":"<128, 128, 26>", …}}}. {@code t_ms} is milliseconds since the recording started, with
 * the nanoseconds as decimals, so reading a file back gives the very events that were written.
 */
public final class JsonLines {
    /** Floats as BigDecimal: a double would round t_ms of a long recording away from its nanoseconds. */
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonFactory FACTORY = MAPPER.getFactory()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private JsonLines() {}

    /** One event as one line of JSON (no newline). */
    public static String line(TraceEvent e) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("seq", e.seq());
            json.writeNumberField("t_ms", BigDecimal.valueOf(e.nanos(), 6).stripTrailingZeros());
            json.writeStringField("side", e.side().name());
            json.writeStringField("channel", e.channel().name());
            json.writeStringField("event", e.event());
            json.writeStringField("subject", e.subject());
            json.writeNumberField("size", e.size());
            json.writeObjectFieldStart("facts");
            for (Map.Entry<String, String> fact : e.facts().entrySet()) {
                json.writeStringField(fact.getKey(), fact.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing JSON to a string", impossible);
        }
        return out.toString();
    }

    /** Writes the events, one line each. */
    public static void write(List<TraceEvent> events, Writer out) throws IOException {
        for (TraceEvent e : events) {
            out.write(line(e));
            out.write('\n');
        }
        out.flush();
    }

    public static void write(List<TraceEvent> events, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(events, out);
        }
    }

    /** Reads every event; blank lines are skipped, any other bad line fails with its line number. */
    public static List<TraceEvent> read(Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
        List<TraceEvent> events = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(parse(line));
            } catch (TraceFormatException e) {
                throw new TraceFormatException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return events;
    }

    public static List<TraceEvent> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** Parses one line written by {@link #line(TraceEvent)}. */
    public static TraceEvent parse(String line) throws TraceFormatException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new TraceFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new TraceFormatException("not a JSON object");
        }
        long seq = number(node, "seq").longValue();
        long nanos;
        try {
            nanos = number(node, "t_ms").decimalValue().movePointRight(6).longValueExact();
        } catch (ArithmeticException e) {
            throw new TraceFormatException("t_ms is finer than a nanosecond or out of range");
        }
        Side side = constant(Side.class, text(node, "side"));
        Channel channel = constant(Channel.class, text(node, "channel"));
        int size = number(node, "size").intValue();
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
        return new TraceEvent(seq, nanos, side, channel, text(node, "event"), text(node, "subject"), size, facts);
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

    private static <E extends Enum<E>> E constant(Class<E> type, String name) throws TraceFormatException {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new TraceFormatException("unknown " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT)
                    + " '" + name + "'");
        }
    }
}
