package rituals.protocol.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import rituals.protocol.DecodeException;
import rituals.protocol.llsd.Llsd;
import rituals.protocol.llsd.LlsdNotation;
import rituals.protocol.llsd.LlsdScalars;

/**
 * Typed, tolerant reads from a decoded login struct or map. The same code serves XML-RPC and LLSD: a UUID may arrive
 * as a UUID or a string, an int as an int or a numeric string, a flag as a boolean, "true"/"1"/"Y" or an int.
 * Anything that cannot be read fails with a {@link DecodeException} naming the document and the key.
 */
final class LoginFields {
    private final Map<?, ?> map;
    private final String document;
    private final String prefix;

    LoginFields(Map<?, ?> map, String document) {
        this(map, document, "");
    }

    private LoginFields(Map<?, ?> map, String document, String prefix) {
        this.map = map;
        this.document = document;
        this.prefix = prefix;
    }

    /** Reads for a nested struct, whose keys are reported as {@code outer[index].key}. */
    LoginFields nested(Map<?, ?> inner, String where) {
        return new LoginFields(inner, document, prefix + where + ".");
    }

    boolean has(String key) {
        Object value = map.get(key);
        return value != null && value != Llsd.UNDEF;
    }

    Object raw(String key) {
        return has(key) ? map.get(key) : null;
    }

    /** The value under {@code key}, with a string parsed as LLSD notation (how OpenSim sends look_at and home). */
    Object parsedNotation(String key) {
        Object value = raw(key);
        if (!(value instanceof String)) {
            return value;
        }
        try {
            return LlsdNotation.parse((String) value);
        } catch (DecodeException e) {
            throw fail(key, "bad LLSD notation: " + e.reason());
        }
    }

    String string(String key, String fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String || value instanceof UUID || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw fail(key, "expected a string but found " + describe(value));
    }

    String requiredString(String key) {
        require(key);
        return string(key, null);
    }

    int integer(String key, int fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Double && (Double) value == Math.rint((Double) value)
                && Math.abs((Double) value) <= Integer.MAX_VALUE) {
            return ((Double) value).intValue();
        }
        if (value instanceof String) {
            try {
                return LlsdScalars.parseInt(((String) value).strip());
            } catch (IllegalArgumentException e) {
                throw fail(key, e.getMessage());
            }
        }
        throw fail(key, "expected an integer but found " + describe(value));
    }

    int requiredInt(String key) {
        require(key);
        return integer(key, 0);
    }

    UUID uuid(String key, UUID fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof UUID) {
            return (UUID) value;
        }
        if (value instanceof String) {
            try {
                return LlsdScalars.parseUuid(((String) value).strip());
            } catch (IllegalArgumentException e) {
                throw fail(key, e.getMessage());
            }
        }
        throw fail(key, "expected a UUID but found " + describe(value));
    }

    UUID requiredUuid(String key) {
        require(key);
        return uuid(key, null);
    }

    boolean flag(String key, boolean fallback) {
        Object value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof Integer) {
            return (Integer) value != 0;
        }
        if (value instanceof String) {
            switch (((String) value).strip().toLowerCase(Locale.ROOT)) {
                case "true":
                case "1":
                case "y":
                case "yes":
                    return true;
                case "false":
                case "0":
                case "n":
                case "no":
                case "":
                    return false;
                default:
                    break;
            }
        }
        throw fail(key, "expected a flag but found " + describe(value));
    }

    /** The list under {@code key}, or an empty list if absent. */
    List<?> list(String key) {
        Object value = raw(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw fail(key, "expected an array but found " + describe(value));
        }
        return (List<?>) value;
    }

    /** The structs of the array under {@code key}, each wrapped for further reads. */
    List<LoginFields> structs(String key) {
        List<LoginFields> out = new ArrayList<>();
        List<?> list = list(key);
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map)) {
                throw fail(key, "element " + i + " is " + describe(list.get(i)) + ", not a struct");
            }
            out.add(nested((Map<?, ?>) list.get(i), key + "[" + i + "]"));
        }
        return out;
    }

    /** The first struct of the one-element array under {@code key} (OpenSim wraps several records so), or null. */
    LoginFields firstStruct(String key) {
        List<LoginFields> structs = structs(key);
        return structs.isEmpty() ? null : structs.get(0);
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        for (Object element : list(key)) {
            if (!(element instanceof String)) {
                throw fail(key, "expected an array of strings but found " + describe(element));
            }
            out.add((String) element);
        }
        return out;
    }

    DecodeException fail(String key, String reason) {
        return new DecodeException(document, "-", prefix + key, 0, reason);
    }

    private void require(String key) {
        if (!has(key)) {
            throw fail(key, "missing " + prefix + key);
        }
    }

    private static String describe(Object value) {
        if (value instanceof Map) {
            return "a struct";
        }
        if (value instanceof List) {
            return "an array";
        }
        return value.getClass().getSimpleName() + " '" + value + "'";
    }
}
