package rituals.protocol.terrain;

import java.util.List;

/**
 * A decoded LayerData Data field: the group header (stride, patch size, layer type) and its patches in stream order.
 * OpenSim always sends stride 264 and patch size 16; LibreMetaverse ignores the stride.
 */
public record LayerGroup(int stride, int patchSize, LayerType type, List<Patch> patches) {
    public LayerGroup {
        patches = List.copyOf(patches);
    }
}
