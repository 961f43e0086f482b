package rituals.server.world.terrain;

import java.util.Arrays;

/**
 * A region's terrain: 256×256 heights in metres, one per metre, {@code index = y*256 + x} with x east and y north
 * (the layout LayerData patches and OpenSim's {@code .r32} files use). Immutable: arrays are copied in and out.
 */
public final class HeightMap {
    /** Points per edge. */
    public static final int SIZE = 256;
    /** Points in all. */
    public static final int POINTS = SIZE * SIZE;

    private final float[] heights;

    /**
     * @param heights 65,536 finite heights, {@code heights[y*256 + x]}
     * @throws IllegalArgumentException on the wrong length or a NaN/infinite height
     */
    public HeightMap(float[] heights) {
        if (heights.length != POINTS) {
            throw new IllegalArgumentException("a height map has " + POINTS + " points, got " + heights.length);
        }
        this.heights = heights.clone();
        for (int k = 0; k < POINTS; k++) {
            if (!Float.isFinite(this.heights[k])) {
                throw new IllegalArgumentException("height at (" + k % SIZE + ", " + k / SIZE + ") is not finite: "
                        + this.heights[k]);
            }
        }
    }

    /** A level map at one height. */
    public static HeightMap flat(float height) {
        float[] heights = new float[POINTS];
        Arrays.fill(heights, height);
        return new HeightMap(heights);
    }

    /**
     * The height at grid point (x, y), 0..255 each.
     *
     * @throws IndexOutOfBoundsException outside the grid
     */
    public float height(int x, int y) {
        if (x < 0 || y < 0 || x >= SIZE || y >= SIZE) {
            throw new IndexOutOfBoundsException("grid point (" + x + ", " + y + ") is outside 0..255");
        }
        return heights[y * SIZE + x];
    }

    /**
     * The ground height at any position, interpolated bilinearly between the four surrounding grid points. Positions
     * beyond the last grid point (x or y in (255, 256), or outside the region) are clamped to the edge, which is
     * what an avatar standing at the region's border sees. NaN coordinates give NaN.
     */
    public float heightAt(float x, float y) {
        if (Float.isNaN(x) || Float.isNaN(y)) {
            return Float.NaN;
        }
        float cx = Math.max(0f, Math.min(SIZE - 1, x));
        float cy = Math.max(0f, Math.min(SIZE - 1, y));
        int x0 = Math.min((int) cx, SIZE - 2);
        int y0 = Math.min((int) cy, SIZE - 2);
        float fx = cx - x0;
        float fy = cy - y0;
        float south = heights[y0 * SIZE + x0] * (1 - fx) + heights[y0 * SIZE + x0 + 1] * fx;
        float north = heights[(y0 + 1) * SIZE + x0] * (1 - fx) + heights[(y0 + 1) * SIZE + x0 + 1] * fx;
        return south * (1 - fy) + north * fy;
    }

    /** A copy of all heights, {@code [y*256 + x]}: the form {@code TerrainPacker} takes. */
    public float[] toArray() {
        return heights.clone();
    }

    /** The lowest height. */
    public float min() {
        float min = Float.POSITIVE_INFINITY;
        for (float h : heights) {
            min = Math.min(min, h);
        }
        return min;
    }

    /** The highest height. */
    public float max() {
        float max = Float.NEGATIVE_INFINITY;
        for (float h : heights) {
            max = Math.max(max, h);
        }
        return max;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeightMap m && Arrays.equals(m.heights, heights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(heights);
    }

    @Override
    public String toString() {
        return "HeightMap[" + min() + " .. " + max() + " m]";
    }
}
