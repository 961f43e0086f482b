package rituals.protocol.types;

/** LLVector3: three little-endian F32 on the wire. */
public record Vector3(float x, float y, float z) {
    public static final Vector3 ZERO = new Vector3(0, 0, 0);

    public Vector3 minus(Vector3 o) {
        return new Vector3(x - o.x, y - o.y, z - o.z);
    }

    public float distance(Vector3 o) {
        Vector3 d = minus(o);
        return (float) Math.sqrt(d.x * d.x + d.y * d.y + d.z * d.z);
    }

    @Override
    public String toString() {
        return "<" + fmt(x) + ", " + fmt(y) + ", " + fmt(z) + ">";
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return Float.toString((float) v);
    }
}
