package rituals.protocol.message;

/** Client to sim: asks for the region's estate settings; answered by RegionInfo. */
public record RequestRegionInfo(AgentData agentData) implements Message {}
