package rituals.protocol.terrain;

import java.util.Arrays;
import java.util.List;

/**
 * One LayerData Data field ready to send, with the patches it holds in stream order. The caller wraps each blob in
 * its own LayerData message (LayerID.Type = the layer type byte).
 */
public record LayerBlob(List<PatchId> patches, byte[] data) {
    public LayerBlob {
        patches = List.copyOf(patches);
        data = data.clone();
    }

    /** A copy of the encoded Data bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Length of the Data field in bytes. */
    public int size() {
        return data.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerBlob b && b.patches.equals(patches) && Arrays.equals(b.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * patches.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "LayerBlob(" + patches.size() + " patches, " + data.length + " bytes)";
    }
}
