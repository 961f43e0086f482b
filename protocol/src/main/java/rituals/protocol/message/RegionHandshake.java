package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U64;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/**
 * Sim to client: describes the region (name, flags, terrain textures and heights); OpenSim sends it after
 * CompleteAgentMovement for a login, and the client answers with RegionHandshakeReply.
 */
public record RegionHandshake(
        RegionInfo regionInfo,
        RegionInfo2 regionInfo2,
        RegionInfo3 regionInfo3,
        @Variable List<RegionInfo4> regionInfo4)
        implements Message {

    /** The region's identity, water level and terrain texturing. */
    public record RegionInfo(
            @U32 long regionFlags,
            @U8 int simAccess,
            @Var1 String simName,
            UUID simOwner,
            boolean isEstateManager,
            float waterHeight,
            float billableFactor,
            UUID cacheID,
            UUID terrainBase0,
            UUID terrainBase1,
            UUID terrainBase2,
            UUID terrainBase3,
            UUID terrainDetail0,
            UUID terrainDetail1,
            UUID terrainDetail2,
            UUID terrainDetail3,
            float terrainStartHeight00,
            float terrainStartHeight01,
            float terrainStartHeight10,
            float terrainStartHeight11,
            float terrainHeightRange00,
            float terrainHeightRange01,
            float terrainHeightRange10,
            float terrainHeightRange11) {}

    public record RegionInfo2(UUID regionID) {}

    /** Hardware and product description; OpenSim sends CPUClassID 9, CPURatio 1 and the region type as ProductName. */
    public record RegionInfo3(
            @S32 int cpuClassID,
            @S32 int cpuRatio,
            @Var1 String coloName,
            @Var1 String productSKU,
            @Var1 String productName) {}

    /** @param regionProtocols bit 63 = the region supports more than six bakes */
    public record RegionInfo4(@U64 long regionFlagsExtended, @U64 long regionProtocols) {}
}
