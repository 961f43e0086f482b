package rituals.protocol.login;

import java.util.List;
import rituals.protocol.llsd.LlsdNotation;
import rituals.protocol.llsd.LlsdScalars;
import rituals.protocol.types.Vector3;

/** Vectors in login replies: written as LLSD notation, read from notation, or from an array of 3 numbers/strings. */
final class LoginVectors {
    private LoginVectors() {
    }

    /** Floats, so that notation writes them at float precision as OpenSim does ("r0.9991014"). */
    static List<Object> toList(Vector3 v) {
        return List.of(v.x(), v.y(), v.z());
    }

    static String toNotation(Vector3 v) {
        return LlsdNotation.write(toList(v));
    }

    /** Reads a notation string or an array; {@code count} components (2 for a region handle, 3 for a vector). */
    static double[] read(LoginFields fields, String key, int count) {
        Object value = fields.parsedNotation(key);
        if (!(value instanceof List) || ((List<?>) value).size() != count) {
            throw fields.fail(key, "expected " + count + " numbers but found " + value);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            Object element = ((List<?>) value).get(i);
            if (element instanceof Number) {
                out[i] = ((Number) element).doubleValue();
            } else if (element instanceof String) {
                try {
                    out[i] = LlsdScalars.parseReal(((String) element).strip());
                } catch (IllegalArgumentException e) {
                    throw fields.fail(key, e.getMessage());
                }
            } else {
                throw fields.fail(key, "expected a number but found " + element);
            }
        }
        return out;
    }

    static Vector3 readVector(LoginFields fields, String key) {
        double[] v = read(fields, key, 3);
        return new Vector3((float) v[0], (float) v[1], (float) v[2]);
    }
}
