package rituals.protocol.eventqueue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.DecodeException;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;

/**
 * Reads and writes the typed fields of an event body, as OpenSim types them: unsigned 32- and 64-bit numbers as
 * big-endian binary, IPv4 addresses as 4-byte binary, blocks as an array of one map. A missing or mistyped field is a
 * {@link DecodeException} naming the message, block and field.
 */
final class EventFields {
    /** The region size a reader assumes when a message leaves it out (a classic 256 m region). */
    static final long DEFAULT_REGION_SIZE = 256;

    private final String message;
    private final String block;
    private final Map<?, ?> map;

    private EventFields(String message, String block, Map<?, ?> map) {
        this.message = message;
        this.block = block;
        this.map = map;
    }

    /** The body's top-level fields. */
    static EventFields of(RawEvent event) {
        return new EventFields(event.message(), "body", event.body());
    }

    /** The one map of an array-of-one-map block (OpenSim's form of a template block). */
    EventFields block(String name) {
        if (!(map.get(name) instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Map<?, ?> first)) {
            throw fail(name, "-", "missing, or not an array holding a map");
        }
        return new EventFields(message, name, first);
    }

    UUID uuid(String field) {
        return get(field, UUID.class, "a uuid");
    }

    int integer(String field) {
        return get(field, Integer.class, "an integer");
    }

    String string(String field) {
        return get(field, String.class, "a string");
    }

    boolean bool(String field) {
        return get(field, Boolean.class, "a boolean");
    }

    /** A real, which the LLSD reader gives as a double. */
    float real(String field) {
        return get(field, Double.class, "a real").floatValue();
    }

    Bytes bytes(String field) {
        return get(field, Bytes.class, "binary");
    }

    boolean has(String field) {
        return map.containsKey(field);
    }

    /**
     * An unsigned 32-bit number sent as 4 big-endian bytes (OpenSim 0.9.2.2); an LLSD integer, which older OpenSims
     * wrote for some of these fields, is read too.
     */
    long u32(String field) {
        if (map.get(field) instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        byte[] b = binary(field, 4);
        return (b[0] & 0xFFL) << 24 | (b[1] & 0xFFL) << 16 | (b[2] & 0xFFL) << 8 | (b[3] & 0xFFL);
    }

    /** An unsigned 64-bit number (a region handle) sent as 8 big-endian bytes. */
    long u64(String field) {
        byte[] b = binary(field, 8);
        long v = 0;
        for (byte x : b) {
            v = v << 8 | (x & 0xFF);
        }
        return v;
    }

    Inet4Address ipv4(String field) {
        try {
            return (Inet4Address) InetAddress.getByAddress(binary(field, 4)); // 4 bytes: no lookup, always IPv4
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for a wrong length, which binary() has refused
        }
    }

    /** A size field, or {@link #DEFAULT_REGION_SIZE} when absent (older servers did not send sizes). */
    long regionSize(String field) {
        return has(field) ? u32(field) : DEFAULT_REGION_SIZE;
    }

    /** An array of three reals. */
    Vector3 vector(String field) {
        if (!(map.get(field) instanceof List<?> l) || l.size() != 3
                || !(l.get(0) instanceof Double x && l.get(1) instanceof Double y && l.get(2) instanceof Double z)) {
            throw fail(block, field, "not an array of three reals");
        }
        return new Vector3(x.floatValue(), y.floatValue(), z.floatValue());
    }

    private byte[] binary(String field, int length) {
        Bytes b = bytes(field);
        if (b.length() != length) {
            throw fail(block, field, "binary of " + b.length() + " bytes, expected " + length);
        }
        return b.toArray();
    }

    private <T> T get(String field, Class<T> type, String what) {
        Object v = map.get(field);
        if (!type.isInstance(v)) {
            throw fail(block, field, v == null ? "missing" : "not " + what);
        }
        return type.cast(v);
    }

    private DecodeException fail(String blockName, String field, String reason) {
        return new DecodeException(message, blockName, field, 0, reason);
    }

    // Writing

    static Bytes u32Binary(long value) {
        return Bytes.of((byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value);
    }

    static Bytes u64Binary(long value) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (56 - 8 * i));
        }
        return Bytes.wrap(b);
    }

    static Bytes ipv4Binary(Inet4Address address) {
        return Bytes.wrap(address.getAddress());
    }

    static List<Object> vectorValue(Vector3 v) {
        List<Object> l = new ArrayList<>(3);
        l.add(v.x());
        l.add(v.y());
        l.add(v.z());
        return l;
    }

    /** A template block as OpenSim writes it on the event queue: an array holding one map. */
    static List<Object> blockValue(Map<String, Object> fields) {
        return List.of(fields);
    }

    static Map<String, Object> map() {
        return new LinkedHashMap<>();
    }
}
