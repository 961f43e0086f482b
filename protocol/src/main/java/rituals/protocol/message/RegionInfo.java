package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;
import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U64;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;

/** Sim to client: the estate settings of the region, in answer to RequestRegionInfo. */
public record RegionInfo(
        AgentData agentData,
        RegionInfoBlock regionInfo,
        RegionInfo2 regionInfo2,
        @Variable List<RegionInfo3> regionInfo3,
        @Variable List<RegionInfo5> regionInfo5,
        @Variable List<CombatSettings> combatSettings)
        implements Message {

    /** The template's RegionInfo block (renamed: a record cannot nest a type of its own name). */
    public record RegionInfoBlock(
            @Var1 String simName,
            @U32 long estateID,
            @U32 long parentEstateID,
            @U32 long regionFlags,
            @U8 int simAccess,
            @U8 int maxAgents,
            float billableFactor,
            float objectBonusFactor,
            float waterHeight,
            float terrainRaiseLimit,
            float terrainLowerLimit,
            @S32 int pricePerMeter,
            @S32 int redirectGridX,
            @S32 int redirectGridY,
            boolean useEstateSun,
            float sunHour) {}

    public record RegionInfo2(
            @Var1 String productSKU,
            @Var1 String productName,
            @U32 long maxAgents32,
            @U32 long hardMaxAgents,
            @U32 long hardMaxObjects) {}

    public record RegionInfo3(@U64 long regionFlagsExtended) {}

    public record RegionInfo5(
            float chatWhisperRange,
            float chatNormalRange,
            float chatShoutRange,
            float chatWhisperOffset,
            float chatNormalOffset,
            float chatShoutOffset,
            @U32 long chatFlags) {}

    /** The template spells the fifth field "InvulnerabilyTime"; the component keeps that spelling. */
    public record CombatSettings(
            @U32 long combatFlags,
            @U8 int onDeath,
            float damageThrottle,
            float regenerationRate,
            float invulnerabilyTime,
            float damageLimit) {}
}
