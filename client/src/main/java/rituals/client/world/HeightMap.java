package rituals.client.world;

import java.util.BitSet;
import rituals.protocol.terrain.LayerGroup;
import rituals.protocol.terrain.LayerType;
import rituals.protocol.terrain.Patch;

/**
 * The land as the client has received it: a square height map filled patch by patch from decoded LayerData, and
 * which patches have arrived. Owned by the loop thread; {@link #copy()} hands a snapshot elsewhere.
 */
public final class HeightMap {
    private final int size;
    private final int patchesPerSide;
    private final float[] heights;
    private final BitSet received;

    /** @param size the region's edge in metres (a multiple of 16; 256 for a classic region) */
    public HeightMap(int size) {
        if (size <= 0 || size % Patch.SIZE != 0) {
            throw new IllegalArgumentException("region size must be a positive multiple of 16, not " + size);
        }
        this.size = size;
        this.patchesPerSide = size / Patch.SIZE;
        this.heights = new float[size * size];
        this.received = new BitSet(patchesPerSide * patchesPerSide);
    }

    private HeightMap(HeightMap other) {
        this.size = other.size;
        this.patchesPerSide = other.patchesPerSide;
        this.heights = other.heights.clone();
        this.received = (BitSet) other.received.clone();
    }

    /**
     * Takes in the land patches of a decoded LayerData group; other layers (water, wind, cloud) and patches outside
     * the region are ignored. Returns how many land patches it applied.
     */
    public int apply(LayerGroup group) {
        if (group.type() != LayerType.LAND && group.type() != LayerType.LAND_EXTENDED) {
            return 0;
        }
        int applied = 0;
        for (Patch p : group.patches()) {
            if (p.x() >= patchesPerSide || p.y() >= patchesPerSide) {
                continue; // LibreMetaverse rejects these too
            }
            float[] h = p.heights();
            for (int row = 0; row < Patch.SIZE; row++) {
                System.arraycopy(h, row * Patch.SIZE, heights, (p.y() * Patch.SIZE + row) * size + p.x() * Patch.SIZE,
                        Patch.SIZE);
            }
            received.set(p.y() * patchesPerSide + p.x());
            applied++;
        }
        return applied;
    }

    /** The height at metre (x, y), x east and y north. */
    public float height(int x, int y) {
        return heights[y * size + x];
    }

    public int size() {
        return size;
    }

    /** Distinct patches received so far. */
    public int patchesReceived() {
        return received.cardinality();
    }

    public int patchesExpected() {
        return patchesPerSide * patchesPerSide;
    }

    /** Every patch of the region has arrived. */
    public boolean complete() {
        return patchesReceived() == patchesExpected();
    }

    public HeightMap copy() {
        return new HeightMap(this);
    }
}
