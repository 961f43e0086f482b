package rituals.protocol.terrain;

/**
 * A patch's place in the region's grid of 16×16-metre patches: patch (x, y) covers metres [16x, 16x+15] ×
 * [16y, 16y+15]. A 256 m region has patches 0..15 on each axis.
 */
public record PatchId(int x, int y) {
    public PatchId {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("patch coordinates must not be negative: (" + x + ", " + y + ")");
        }
    }

    @Override
    public String toString() {
        return "(" + x + "," + y + ")";
    }
}
