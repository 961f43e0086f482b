package rituals.protocol.types;

/** LLVector3d: three little-endian F64 on the wire. */
public record Vector3d(double x, double y, double z) {
    @Override
    public String toString() {
        return "<" + Vector3.fmt(x) + ", " + Vector3.fmt(y) + ", " + Vector3.fmt(z) + ">";
    }
}
