package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentData;
import rituals.protocol.message.AgentDataUpdate;
import rituals.protocol.message.AgentDataUpdateRequest;
import rituals.protocol.message.AgentWearablesRequest;
import rituals.protocol.message.AgentWearablesUpdate;
import rituals.protocol.message.AvatarAnimation;
import rituals.protocol.message.AvatarAppearance;
import rituals.protocol.message.EconomyData;
import rituals.protocol.message.EconomyDataRequest;
import rituals.protocol.message.MapBlockReply;
import rituals.protocol.message.MapBlockRequest;
import rituals.protocol.message.MapNameRequest;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.ParcelAccessListReply;
import rituals.protocol.message.ParcelAccessListRequest;
import rituals.protocol.message.ParcelDwellReply;
import rituals.protocol.message.ParcelDwellRequest;
import rituals.protocol.message.ParcelOverlay;
import rituals.protocol.message.RegionInfo;
import rituals.protocol.message.RequestRegionInfo;
import rituals.protocol.message.UUIDNameReply;
import rituals.protocol.message.UUIDNameRequest;
import rituals.protocol.message.Messages;
import rituals.protocol.udp.PacketCodec;

/**
 * What a client gets while it settles in, over real loopback UDP: the land and its avatar's looks at arrival, and an
 * answer to each question node-metaverse and libomv ask in their first second
 * (in recorded sessions with OpenSim 0.9.2.2).
 */
class SettlingInIT {
    private static final PacketCodec CODEC = new PacketCodec(Messages.CATALOG);

    @Test
    void arrivalBringsTheLandAndTheAvatarsLooks() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Test", "User");
            RegionFixture.ritual(c, p);
            List<ParcelOverlay> overlays = c.await(ParcelOverlay.class, 4, WAIT);
            assertThat(overlays).extracting(o -> o.parcelData().sequenceID()).containsExactly(0, 1, 2, 3);
            assertThat(overlays).allSatisfy(o -> assertThat(o.parcelData().data().length()).isEqualTo(1024));
            // The event is handed over right after the overlays are sent, on the same thread.
            assertThat(f.queued).singleElement().satisfies(q -> {
                assertThat(q.agentId()).isEqualTo(p.agentId());
                assertThat(q.event().messageName()).isEqualTo("ParcelProperties");
                @SuppressWarnings("unchecked")
                Map<String, Object> parcel =
                        ((List<Map<String, Object>>) q.event().toRaw().body().get("ParcelData")).get(0);
                assertThat(parcel).containsEntry("LocalID", 1).containsEntry("Area", 65536)
                        .containsEntry("Name", "Your Parcel");
                assertThat(q.event().toRaw().body())
                        .containsKeys("MediaData", "AgeVerificationBlock", "RegionAllowAccessBlock");
            });
            AvatarAppearance looks = c.await(AvatarAppearance.class, WAIT);
            assertThat(looks.sender().id()).isEqualTo(p.agentId());
            assertThat(looks.visualParam()).hasSize(218);
            AvatarAnimation anim = c.await(AvatarAnimation.class, WAIT);
            assertThat(anim.animationList()).extracting(AvatarAnimation.AnimationList::animID)
                    .containsExactly(AvatarLook.STAND);
            // OpenSim's order: the avatar itself, then how it looks, then what it does.
            List<String> names = c.names();
            assertThat(names.indexOf("ObjectUpdate")).isLessThan(names.indexOf("AvatarAppearance"));
            assertThat(names.indexOf("AvatarAppearance")).isLessThan(names.indexOf("AvatarAnimation"));
            assertThat(c.delivered(ObjectUpdate.class)).isNotEmpty();
        }
    }

    @Test
    void everyQuestionOfTheFirstSecondIsAnswered() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Test", "User");
            RegionFixture.ritual(c, p);
            AgentData me = new AgentData(p.agentId(), p.sessionId());
            var mapAgent = new MapNameRequest.AgentData(p.agentId(), p.sessionId(), 2, 0, false);

            c.send(new RequestRegionInfo(me), true);
            RegionInfo info = c.await(RegionInfo.class, WAIT);
            assertThat(info.regionInfo().simName()).isEqualTo("Test Region");
            assertThat(info.agentData()).isEqualTo(me);

            c.send(new MapNameRequest(mapAgent, new MapNameRequest.NameData("test region")), true);
            MapBlockReply byName = c.await(MapBlockReply.class, WAIT);
            assertThat(byName.data().get(0).name()).isEqualTo("Test Region");
            assertThat(byName.data().get(0).x()).isEqualTo(1000);
            assertThat(byName.agentData().flags()).isEqualTo(2);

            c.send(new MapBlockRequest(mapAgent, new MapBlockRequest.PositionData(990, 1010, 990, 1010)), true);
            assertThat(c.await(MapBlockReply.class, 2, WAIT).get(1).data()).extracting(MapBlockReply.Data::name)
                    .containsExactly("Test Region");

            c.send(new EconomyDataRequest(), true);
            assertThat(c.await(EconomyData.class, WAIT).info().objectCapacity()).isEqualTo(15000);

            c.send(new AgentDataUpdateRequest(me), true);
            AgentDataUpdate data = c.await(AgentDataUpdate.class, WAIT);
            assertThat(data.agentData().firstName()).isEqualTo("Test");
            assertThat(data.agentData().lastName()).isEqualTo("User");

            c.send(AgentWearablesRequest.of(p.agentId(), p.sessionId()), true);
            AgentWearablesUpdate wearables = c.await(AgentWearablesUpdate.class, WAIT);
            assertThat(wearables.agentData().agentID()).isEqualTo(p.agentId());
            assertThat(wearables.wearableData()).isEmpty();

            UUID stranger = UUID.randomUUID();
            c.send(new UUIDNameRequest(List.of(new UUIDNameRequest.UUIDNameBlock(stranger),
                    new UUIDNameRequest.UUIDNameBlock(p.agentId()))), true);
            assertThat(c.await(UUIDNameReply.class, WAIT).uuidNameBlock())
                    .containsExactly(new UUIDNameReply.UUIDNameBlock(p.agentId(), "Test", "User"));

            c.send(new ParcelDwellRequest(me, new ParcelDwellRequest.Data(1, new UUID(0, 0))), true);
            assertThat(c.await(ParcelDwellReply.class, WAIT).data().localID()).isEqualTo(1);

            c.send(new ParcelAccessListRequest(me, new ParcelAccessListRequest.Data(4, 3, 1)), true);
            assertThat(c.await(ParcelAccessListReply.class, 2, WAIT)).extracting(r -> r.data().flags())
                    .containsExactly(1L, 2L);
        }
    }

    @Test
    void namesOfManyAgentsAreSplitToFitDatagrams() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Test", "User");
            RegionFixture.ritual(c, p);
            List<UUIDNameRequest.UUIDNameBlock> asked = java.util.Collections.nCopies(60,
                    new UUIDNameRequest.UUIDNameBlock(p.agentId()));
            c.send(new UUIDNameRequest(asked), true);
            List<UUIDNameReply> replies = c.await(UUIDNameReply.class, 2, WAIT);
            // 60 × 28 bytes do not fit one datagram: two replies carry every name, each under the limit.
            assertThat(replies.stream().mapToInt(r -> r.uuidNameBlock().size()).sum()).isEqualTo(60);
            assertThat(c.datagrams()).filteredOn(d -> d.message() instanceof UUIDNameReply)
                    .allSatisfy(d -> assertThat(CODEC.encode(d)).hasSizeLessThanOrEqualTo(PacketCodec.MAX_DATAGRAM));
        }
    }
}
