package rituals.protocol.terrain;

import java.util.Arrays;

/**
 * One 16×16 patch of layer values (heights in metres for land): {@code heights[y*16 + x]}, row y, column x, as
 * OpenSim and LibreMetaverse lay them out. The array is copied in and out, so a Patch never changes.
 */
public record Patch(int x, int y, float[] heights) {
    /** Values per patch edge. */
    public static final int SIZE = 16;
    /** Values per patch. */
    public static final int POINTS = SIZE * SIZE;

    public Patch {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("patch coordinates must not be negative: (" + x + ", " + y + ")");
        }
        if (heights == null || heights.length != POINTS) {
            throw new IllegalArgumentException("a patch has " + POINTS + " values, got "
                    + (heights == null ? "null" : heights.length));
        }
        heights = heights.clone();
    }

    /** Where this patch sits in the region. */
    public PatchId id() {
        return new PatchId(x, y);
    }

    /** A copy of the values, index {@code y*16 + x}. */
    @Override
    public float[] heights() {
        return heights.clone();
    }

    /** The value at column {@code px}, row {@code py} of this patch (0..15 each). */
    public float height(int px, int py) {
        return heights[py * SIZE + px];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Patch p && p.x == x && p.y == y && Arrays.equals(p.heights, heights);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * x + y) + Arrays.hashCode(heights);
    }

    @Override
    public String toString() {
        return "Patch(" + x + "," + y + ")";
    }
}
