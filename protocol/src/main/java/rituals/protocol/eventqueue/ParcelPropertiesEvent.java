package rituals.protocol.eventqueue;

import java.util.Map;
import java.util.UUID;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;

/**
 * ParcelProperties: the parcel the agent stands on, which OpenSim sends over the event queue at arrival. Four
 * blocks, each an array of one map, with the template's field names; ParcelFlags is 4 big-endian bytes,
 * MediaAutoScale a boolean, the bonus and pass hours reals.
 */
public record ParcelPropertiesEvent(ParcelData parcelData, MediaData mediaData,
        AgeVerificationBlock ageVerificationBlock, RegionAllowAccessBlock regionAllowAccessBlock)
        implements EventMessage {
    public static final String MESSAGE = "ParcelProperties";

    /**
     * @param bitmap      one bit per 4×4 m cell of the region, set where the cell belongs to this parcel
     * @param parcelFlags the parcel's flag bits (fly, scripts, landmarks, …)
     */
    public record ParcelData(
            int localID, Vector3 aabbMax, Vector3 aabbMin, int area, int auctionID, UUID authBuyerID, Bytes bitmap,
            int category, int claimDate, int claimPrice, String desc, long parcelFlags, UUID groupID, int groupPrims,
            boolean isGroupOwned, int landingType, int maxPrims, UUID mediaID, String mediaURL,
            boolean mediaAutoScale, String musicURL, String name, int otherCleanTime, int otherCount, int otherPrims,
            UUID ownerID, int ownerPrims, float parcelPrimBonus, float passHours, int passPrice, int publicCount,
            boolean regionDenyAnonymous, boolean regionPushOverride, int rentPrice, int requestResult, int salePrice,
            int selectedPrims, int selfCount, int sequenceID, int simWideMaxPrims, int simWideTotalPrims,
            boolean snapSelection, UUID snapshotID, int status, int totalPrims, Vector3 userLocation,
            Vector3 userLookAt, boolean seeAVs, boolean anyAVSounds, boolean groupAVSounds) {}

    public record MediaData(
            String mediaDesc, int mediaHeight, int mediaWidth, boolean mediaLoop, String mediaType,
            boolean obscureMedia, boolean obscureMusic) {}

    public record AgeVerificationBlock(boolean regionDenyAgeUnverified) {}

    public record RegionAllowAccessBlock(boolean regionAllowAccessOverride) {}

    @Override
    public String messageName() {
        return MESSAGE;
    }

    @Override
    public RawEvent toRaw() {
        Map<String, Object> p = EventFields.map();
        p.put("LocalID", parcelData.localID());
        p.put("AABBMax", EventFields.vectorValue(parcelData.aabbMax()));
        p.put("AABBMin", EventFields.vectorValue(parcelData.aabbMin()));
        p.put("Area", parcelData.area());
        p.put("AuctionID", parcelData.auctionID());
        p.put("AuthBuyerID", parcelData.authBuyerID());
        p.put("Bitmap", parcelData.bitmap());
        p.put("Category", parcelData.category());
        p.put("ClaimDate", parcelData.claimDate());
        p.put("ClaimPrice", parcelData.claimPrice());
        p.put("Desc", parcelData.desc());
        p.put("ParcelFlags", EventFields.u32Binary(parcelData.parcelFlags()));
        p.put("GroupID", parcelData.groupID());
        p.put("GroupPrims", parcelData.groupPrims());
        p.put("IsGroupOwned", parcelData.isGroupOwned());
        p.put("LandingType", parcelData.landingType());
        p.put("MaxPrims", parcelData.maxPrims());
        p.put("MediaID", parcelData.mediaID());
        p.put("MediaURL", parcelData.mediaURL());
        p.put("MediaAutoScale", parcelData.mediaAutoScale());
        p.put("MusicURL", parcelData.musicURL());
        p.put("Name", parcelData.name());
        p.put("OtherCleanTime", parcelData.otherCleanTime());
        p.put("OtherCount", parcelData.otherCount());
        p.put("OtherPrims", parcelData.otherPrims());
        p.put("OwnerID", parcelData.ownerID());
        p.put("OwnerPrims", parcelData.ownerPrims());
        p.put("ParcelPrimBonus", parcelData.parcelPrimBonus());
        p.put("PassHours", parcelData.passHours());
        p.put("PassPrice", parcelData.passPrice());
        p.put("PublicCount", parcelData.publicCount());
        p.put("RegionDenyAnonymous", parcelData.regionDenyAnonymous());
        p.put("RegionPushOverride", parcelData.regionPushOverride());
        p.put("RentPrice", parcelData.rentPrice());
        p.put("RequestResult", parcelData.requestResult());
        p.put("SalePrice", parcelData.salePrice());
        p.put("SelectedPrims", parcelData.selectedPrims());
        p.put("SelfCount", parcelData.selfCount());
        p.put("SequenceID", parcelData.sequenceID());
        p.put("SimWideMaxPrims", parcelData.simWideMaxPrims());
        p.put("SimWideTotalPrims", parcelData.simWideTotalPrims());
        p.put("SnapSelection", parcelData.snapSelection());
        p.put("SnapshotID", parcelData.snapshotID());
        p.put("Status", parcelData.status());
        p.put("TotalPrims", parcelData.totalPrims());
        p.put("UserLocation", EventFields.vectorValue(parcelData.userLocation()));
        p.put("UserLookAt", EventFields.vectorValue(parcelData.userLookAt()));
        p.put("SeeAVs", parcelData.seeAVs());
        p.put("AnyAVSounds", parcelData.anyAVSounds());
        p.put("GroupAVSounds", parcelData.groupAVSounds());
        Map<String, Object> media = EventFields.map();
        media.put("MediaDesc", mediaData.mediaDesc());
        media.put("MediaHeight", mediaData.mediaHeight());
        media.put("MediaWidth", mediaData.mediaWidth());
        media.put("MediaLoop", mediaData.mediaLoop());
        media.put("MediaType", mediaData.mediaType());
        media.put("ObscureMedia", mediaData.obscureMedia());
        media.put("ObscureMusic", mediaData.obscureMusic());
        Map<String, Object> body = EventFields.map();
        body.put("ParcelData", EventFields.blockValue(p));
        body.put("MediaData", EventFields.blockValue(media));
        body.put("AgeVerificationBlock", EventFields.blockValue(
                Map.of("RegionDenyAgeUnverified", ageVerificationBlock.regionDenyAgeUnverified())));
        body.put("RegionAllowAccessBlock", EventFields.blockValue(
                Map.of("RegionAllowAccessOverride", regionAllowAccessBlock.regionAllowAccessOverride())));
        return new RawEvent(MESSAGE, body);
    }

    static ParcelPropertiesEvent read(RawEvent event) {
        EventFields body = EventFields.of(event);
        EventFields p = body.block("ParcelData");
        EventFields m = body.block("MediaData");
        return new ParcelPropertiesEvent(new ParcelData(
                p.integer("LocalID"), p.vector("AABBMax"), p.vector("AABBMin"), p.integer("Area"),
                p.integer("AuctionID"), p.uuid("AuthBuyerID"), p.bytes("Bitmap"), p.integer("Category"),
                p.integer("ClaimDate"), p.integer("ClaimPrice"), p.string("Desc"), p.u32("ParcelFlags"),
                p.uuid("GroupID"), p.integer("GroupPrims"), p.bool("IsGroupOwned"), p.integer("LandingType"),
                p.integer("MaxPrims"), p.uuid("MediaID"), p.string("MediaURL"), p.bool("MediaAutoScale"),
                p.string("MusicURL"), p.string("Name"), p.integer("OtherCleanTime"), p.integer("OtherCount"),
                p.integer("OtherPrims"), p.uuid("OwnerID"), p.integer("OwnerPrims"), p.real("ParcelPrimBonus"),
                p.real("PassHours"), p.integer("PassPrice"), p.integer("PublicCount"), p.bool("RegionDenyAnonymous"),
                p.bool("RegionPushOverride"), p.integer("RentPrice"), p.integer("RequestResult"),
                p.integer("SalePrice"), p.integer("SelectedPrims"), p.integer("SelfCount"), p.integer("SequenceID"),
                p.integer("SimWideMaxPrims"), p.integer("SimWideTotalPrims"), p.bool("SnapSelection"),
                p.uuid("SnapshotID"), p.integer("Status"), p.integer("TotalPrims"), p.vector("UserLocation"),
                p.vector("UserLookAt"), p.bool("SeeAVs"), p.bool("AnyAVSounds"), p.bool("GroupAVSounds")),
                new MediaData(
                m.string("MediaDesc"), m.integer("MediaHeight"), m.integer("MediaWidth"), m.bool("MediaLoop"),
                m.string("MediaType"), m.bool("ObscureMedia"), m.bool("ObscureMusic")),
                new AgeVerificationBlock(body.block("AgeVerificationBlock").bool("RegionDenyAgeUnverified")),
                new RegionAllowAccessBlock(body.block("RegionAllowAccessBlock").bool("RegionAllowAccessOverride")));
    }
}
