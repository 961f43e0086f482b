package rituals.client.world;

import rituals.protocol.terrain.LayerGroup;
import rituals.protocol.terrain.LayerType;
import rituals.protocol.terrain.Patch;

/**
 * The land as the client has received it: the decoded land patches by position, and which have arrived. It keeps
 * the (immutable) patches themselves rather than copying their heights into one array: a crowd's suitors then share
 * the patches the runtime decoded once, about 1 KiB per suitor instead of 256 KiB. Owned by the loop thread;
 * {@link #copy()} hands a snapshot elsewhere.
 */
public final class HeightMap {
    private final int size;
    private final int patchesPerSide;
    private final Patch[] patches;
    private int received;

    /** @param size the region's edge in metres (a multiple of 16; 256 for a classic region) */
    public HeightMap(int size) {
        if (size <= 0 || size % Patch.SIZE != 0) {
            throw new IllegalArgumentException("region size must be a positive multiple of 16, not " + size);
        }
        this.size = size;
        this.patchesPerSide = size / Patch.SIZE;
        this.patches = new Patch[patchesPerSide * patchesPerSide];
    }

    private HeightMap(HeightMap other) {
        this.size = other.size;
        this.patchesPerSide = other.patchesPerSide;
        this.patches = other.patches.clone();
        this.received = other.received;
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
            int at = p.y() * patchesPerSide + p.x();
            if (patches[at] == null) {
                received++;
            }
            patches[at] = p;
            applied++;
        }
        return applied;
    }

    /** The height at metre (x, y), x east and y north; 0 where no patch has arrived yet. */
    public float height(int x, int y) {
        Patch p = patches[(y / Patch.SIZE) * patchesPerSide + x / Patch.SIZE];
        return p == null ? 0f : p.height(x % Patch.SIZE, y % Patch.SIZE);
    }

    public int size() {
        return size;
    }

    /** Distinct patches received so far. */
    public int patchesReceived() {
        return received;
    }

    public int patchesExpected() {
        return patches.length;
    }

    /** Every patch of the region has arrived. */
    public boolean complete() {
        return received == patches.length;
    }

    public HeightMap copy() {
        return new HeightMap(this);
    }
}
