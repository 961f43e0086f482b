package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AvatarAnimation;
import rituals.protocol.message.AvatarAppearance;
import rituals.protocol.message.EconomyData;
import rituals.protocol.message.MapBlockReply;
import rituals.protocol.message.Message;
import rituals.protocol.message.Messages;
import rituals.protocol.message.ParcelAccessListReply;
import rituals.protocol.message.ParcelDwellReply;
import rituals.protocol.message.ParcelOverlay;
import rituals.protocol.message.RegionInfo;
import rituals.protocol.testing.Captures;
import rituals.protocol.udp.PacketCodec;

/**
 * The venue's answers against what a real OpenSim 0.9.2.2 sent for the same question in the same situation ("Default
 * Region" at 1000,1000, the captured agent): decoded from the captured datagrams, so our encoder is not the judge.
 */
class OpenSimRepliesTest {
    private static final PacketCodec CODEC = new PacketCodec(Messages.CATALOG);
    /** The agent and session of the captured node-metaverse session (the agent id was anonymised in the capture). */
    private static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    private static final UUID SESSION = UUID.fromString("5933462a-962c-4188-8755-d19c4aec2737");

    private final RegionSettings settings = RegionSettings.defaults("Default Region");
    private final RegionReplies replies = new RegionReplies(settings);
    private final ParcelMessages parcels = new ParcelMessages(settings);

    @Test
    void regionInfoIsOpenSims() {
        assertThat(replies.regionInfo(AGENT, SESSION)).isEqualTo(captured("RegionInfo--opensim--ZR", RegionInfo.class));
    }

    @Test
    void economyIsOpenSims() {
        assertThat(replies.economy()).isEqualTo(captured("EconomyData--opensim--ZR", EconomyData.class));
    }

    @Test
    void mapNameReplyNamesTheRegionThenTheEndMarker() {
        MapBlockReply real = captured("MapBlockReply--opensim--R", MapBlockReply.class);
        MapBlockReply ours = replies.mapByName(AGENT, 0, "Default Region");
        // Only the map tile differs: OpenSim has rendered one, the venue has none.
        MapBlockReply.Data tile = real.data().get(0);
        MapBlockReply.Data withoutTile = new MapBlockReply.Data(tile.x(), tile.y(), tile.name(), tile.access(),
                tile.regionFlags(), tile.waterHeight(), tile.agents(), new UUID(0, 0));
        assertThat(ours.data()).containsExactly(withoutTile, real.data().get(1));
        assertThat(ours.agentData()).isEqualTo(real.agentData());
        assertThat(ours.size()).isEqualTo(real.size());
    }

    @Test
    void mapSearchIsByCaseInsensitivePrefixAndAlwaysEnds() {
        assertThat(replies.mapByName(AGENT, 0, "default").data()).extracting(MapBlockReply.Data::name)
                .containsExactly("Default Region", "default");
        assertThat(replies.mapByName(AGENT, 0, "Elsewhere").data()).extracting(MapBlockReply.Data::access)
                .containsExactly(255);
        assertThat(replies.mapByArea(AGENT, 2, 999, 1001, 1000, 1000).data()).extracting(MapBlockReply.Data::name)
                .containsExactly("Default Region");
        assertThat(replies.mapByArea(AGENT, 2, 0, 10, 0, 10).data()).extracting(MapBlockReply.Data::access)
                .containsExactly(255);
    }

    @Test
    void theMapShowsEveryRegionOfTheVenue() {
        RegionSettings north = RegionSettings.defaults("North Shore");
        RegionSettings hill = new RegionSettings("Hilltop", north.regionId(), north.ownerId(), 1002, 1003,
                north.size(), north.waterHeight(), north.ackTimeout(), north.circuitExpiry(), north.logoutGrace(),
                north.tickMillis(), north.circuit(), north.interestRadius(), north.interestCap(), north.simVersion());
        RegionReplies inNorth = new RegionReplies(north, List.of(north, hill));
        assertThat(inNorth.mapByName(AGENT, 0, "hill").data()).extracting(MapBlockReply.Data::name)
                .containsExactly("Hilltop", "hill");
        assertThat(inNorth.mapByArea(AGENT, 2, 999, 1003, 999, 1003).data())
                .extracting(b -> b.name() + " " + b.x() + "," + b.y())
                .containsExactly("North Shore 1000,1000", "Hilltop 1002,1003");
    }

    @Test
    void parcelDwellNamesTheParcelAsOpenSimDoes() {
        assertThat(parcels.dwell(AGENT)).isEqualTo(captured("ParcelDwellReply--opensim--R", ParcelDwellReply.class));
    }

    @Test
    void accessListRequestGetsOneReplyPerListAsked() {
        List<ParcelAccessListReply> both = parcels.accessLists(AGENT, 0, 3);
        assertThat(both).hasSize(2);
        assertThat(both.get(0)).isEqualTo(captured("ParcelAccessListReply--opensim--ZR", ParcelAccessListReply.class));
        assertThat(both.get(1).data().flags()).isEqualTo(2);
        assertThat(parcels.accessLists(AGENT, 7, 2)).singleElement()
                .satisfies(r -> assertThat(r.data().sequenceID()).isEqualTo(7));
        assertThat(parcels.accessLists(AGENT, 0, 0)).isEmpty();
    }

    @Test
    void overlayOfTheOwnersWholeRegionParcelIsOpenSims() {
        RegionSettings owned = new RegionSettings(settings.name(), settings.regionId(), AGENT, settings.gridX(),
                settings.gridY(), settings.size(), settings.waterHeight(), settings.ackTimeout(),
                settings.circuitExpiry(), settings.logoutGrace(), settings.tickMillis(), settings.circuit(),
                settings.interestRadius(), settings.interestCap(), settings.simVersion());
        List<ParcelOverlay> overlays = new ParcelMessages(owned).overlays(AGENT);
        assertThat(overlays).hasSize(4);
        assertThat(overlays.get(0)).isEqualTo(captured("ParcelOverlay--opensim--ZR", ParcelOverlay.class));
        // Seen by anyone else, the same parcel is "owned by another" (1) instead of "own" (3).
        byte[] other = new ParcelMessages(owned).overlays(UUID.randomUUID()).get(1).parcelData().data().toArray();
        assertThat(other[0]).isEqualTo((byte) (1 | 0x40));
        assertThat(other[1]).isEqualTo((byte) 1);
    }

    @Test
    void appearanceAndAnimationAreOpenSimsDefaults() {
        assertThat(AvatarLook.appearance(AGENT)).isEqualTo(captured("AvatarAppearance--opensim--ZR",
                AvatarAppearance.class));
        assertThat(AvatarLook.standing(AGENT)).isEqualTo(captured("AvatarAnimation--opensim--R",
                AvatarAnimation.class));
    }

    private static <T extends Message> T captured(String name, Class<T> type) {
        return type.cast(CODEC.decode(Captures.datagram(name)).message());
    }
}
