package rituals.protocol.types;

/**
 * LLQuaternion. Only x, y and z travel on the wire; w is rebuilt as +sqrt(1 - x² - y² - z²), so a quaternion with a
 * negative w must be negated before it is sent (q and -q are the same rotation).
 */
public record Quaternion(float x, float y, float z, float w) {
    public static final Quaternion IDENTITY = new Quaternion(0, 0, 0, 1);

    public static Quaternion fromWire(float x, float y, float z) {
        double t = 1.0 - (x * (double) x + y * (double) y + z * (double) z);
        return new Quaternion(x, y, z, t > 0 ? (float) Math.sqrt(t) : 0f);
    }

    /** The x, y, z to put on the wire: normalised, with w made non-negative. */
    public float[] wireXyz() {
        double n = Math.sqrt(x * (double) x + y * (double) y + z * (double) z + w * (double) w);
        if (n == 0) {
            return new float[] {0, 0, 0};
        }
        double s = (w < 0 ? -1 : 1) / n;
        return new float[] {(float) (x * s), (float) (y * s), (float) (z * s)};
    }
}
