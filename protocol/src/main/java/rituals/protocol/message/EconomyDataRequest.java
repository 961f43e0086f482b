package rituals.protocol.message;

/** Client to sim: asks for the region's prices (libomv sends it right after connecting); answered by EconomyData. */
public record EconomyDataRequest() implements Message {}
