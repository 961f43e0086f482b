package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S32;

/** Sim to client: the region's prices and object limits, in answer to EconomyDataRequest. */
public record EconomyData(Info info) implements Message {
    public record Info(
            @S32 int objectCapacity,
            @S32 int objectCount,
            @S32 int priceEnergyUnit,
            @S32 int priceObjectClaim,
            @S32 int pricePublicObjectDecay,
            @S32 int pricePublicObjectDelete,
            @S32 int priceParcelClaim,
            float priceParcelClaimFactor,
            @S32 int priceUpload,
            @S32 int priceRentLight,
            @S32 int teleportMinPrice,
            float teleportPriceExponent,
            float energyEfficiency,
            float priceObjectRent,
            float priceObjectScaleFactor,
            @S32 int priceParcelRent,
            @S32 int priceGroupCreate) {}
}
