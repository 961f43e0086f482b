package rituals.server.world;

/** The ground: the height in metres at a point of the region (the terrain's height map answers it). */
@FunctionalInterface
public interface HeightField {
    float heightAt(float x, float y);

    /** Bilinear heights over a {@code size}×{@code size} grid stored row by row ({@code heights[y*size + x]}). */
    static HeightField of(float[] heights, int size) {
        if (heights.length != size * size) {
            throw new IllegalArgumentException("a " + size + "×" + size + " height map has " + size * size
                    + " values, got " + heights.length);
        }
        return (x, y) -> {
            float cx = Math.max(0, Math.min(size - 1.001f, x));
            float cy = Math.max(0, Math.min(size - 1.001f, y));
            int x0 = (int) cx;
            int y0 = (int) cy;
            float fx = cx - x0;
            float fy = cy - y0;
            float h00 = heights[y0 * size + x0];
            float h10 = heights[y0 * size + x0 + 1];
            float h01 = heights[(y0 + 1) * size + x0];
            float h11 = heights[(y0 + 1) * size + x0 + 1];
            return (h00 * (1 - fx) + h10 * fx) * (1 - fy) + (h01 * (1 - fx) + h11 * fx) * fy;
        };
    }
}
