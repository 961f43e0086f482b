package rituals.server.caps;

import java.util.LinkedHashMap;
import java.util.Map;
import rituals.server.config.RegionConfig;
import rituals.server.config.ServerConfig;

/**
 * The SimulatorFeatures reply: what viewers read to enable features. The keys and their meaning follow OpenSim's
 * SimulatorFeaturesModule; the values say honestly what this venue offers (no uploads, no materials), and
 * {@code OpenSimExtras} carries the region size that viewers for variable-sized regions look for.
 */
public final class SimulatorFeatures {
    private SimulatorFeatures() {}

    /** The LLSD map for the named region of this configuration (its default region if there is none so named). */
    public static Map<String, Object> of(ServerConfig config, String regionName) {
        RegionConfig region = config.regions().stream().filter(r -> r.name().equals(regionName)).findFirst()
                .orElse(config.defaultRegion());
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("MeshRezEnabled", false);
        features.put("MeshUploadEnabled", false);
        features.put("MeshXferEnabled", false);
        features.put("PhysicsMaterialsEnabled", false);
        features.put("RenderMaterialsCapability", 0.0);
        features.put("MaxMaterialsPerTransaction", 0);
        features.put("DynamicPathfindingEnabled", false);
        features.put("AvatarHoverHeightEnabled", false);
        Map<String, Object> shapes = new LinkedHashMap<>();
        shapes.put("convex", true);
        shapes.put("none", true);
        shapes.put("prim", true);
        features.put("PhysicsShapeTypes", shapes);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("SimulatorName", region.name());
        extras.put("RegionSizeX", region.sizeX());
        extras.put("RegionSizeY", region.sizeY());
        features.put("OpenSimExtras", extras);
        return features;
    }
}
