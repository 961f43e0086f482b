package rituals.protocol.message;

import static rituals.protocol.message.Coding.UNENCODED;
import static rituals.protocol.message.Coding.ZEROCODED;
import static rituals.protocol.message.Trust.NOT_TRUSTED;
import static rituals.protocol.message.Trust.TRUSTED;

/**
 * Every message Rituals declares, with the number, frequency, trust and default zero-coding the message template gives
 * it. The numbers are written out here as facts about the protocol (TemplateConformanceTest checks them against the
 * template); anything else on the wire decodes to {@link UnknownMessage}.
 */
public final class Messages {
    private Messages() {}

    /** The catalog both peers use. */
    public static final MessageCatalog CATALOG = MessageCatalog.builder()
            .fixed(0xFFFFFFFB, PacketAck.class, NOT_TRUSTED, UNENCODED)
            .fixed(0xFFFFFFFC, OpenCircuit.class, NOT_TRUSTED, UNENCODED)
            .fixed(0xFFFFFFFD, CloseCircuit.class, NOT_TRUSTED, UNENCODED)
            .high(1, StartPingCheck.class, NOT_TRUSTED, UNENCODED)
            .high(2, CompletePingCheck.class, NOT_TRUSTED, UNENCODED)
            .high(4, AgentUpdate.class, NOT_TRUSTED, ZEROCODED)
            .high(11, LayerData.class, TRUSTED, UNENCODED)
            .high(12, ObjectUpdate.class, TRUSTED, ZEROCODED)
            .high(15, ImprovedTerseObjectUpdate.class, TRUSTED, UNENCODED)
            .high(17, TransferPacket.class, NOT_TRUSTED, UNENCODED)
            .high(20, AvatarAnimation.class, TRUSTED, UNENCODED)
            .high(22, CameraConstraint.class, TRUSTED, ZEROCODED)
            .medium(6, CoarseLocationUpdate.class, TRUSTED, UNENCODED)
            .low(3, UseCircuitCode.class, NOT_TRUSTED, UNENCODED)
            .low(24, EconomyDataRequest.class, NOT_TRUSTED, UNENCODED)
            .low(25, EconomyData.class, TRUSTED, ZEROCODED)
            .low(78, AgentPause.class, NOT_TRUSTED, UNENCODED)
            .low(79, AgentResume.class, NOT_TRUSTED, UNENCODED)
            .low(80, ChatFromViewer.class, NOT_TRUSTED, ZEROCODED)
            .low(81, AgentThrottle.class, NOT_TRUSTED, ZEROCODED)
            .low(84, AgentSetAppearance.class, NOT_TRUSTED, ZEROCODED)
            .low(139, ChatFromSimulator.class, TRUSTED, UNENCODED)
            .low(140, SimStats.class, TRUSTED, UNENCODED)
            .low(141, RequestRegionInfo.class, NOT_TRUSTED, UNENCODED)
            .low(142, RegionInfo.class, NOT_TRUSTED, ZEROCODED)
            .low(148, RegionHandshake.class, TRUSTED, ZEROCODED)
            .low(149, RegionHandshakeReply.class, NOT_TRUSTED, ZEROCODED)
            .low(150, SimulatorViewerTimeMessage.class, TRUSTED, UNENCODED)
            .low(151, EnableSimulator.class, TRUSTED, UNENCODED)
            .low(152, DisableSimulator.class, TRUSTED, UNENCODED)
            .low(153, TransferRequest.class, NOT_TRUSTED, ZEROCODED)
            .low(154, TransferInfo.class, NOT_TRUSTED, ZEROCODED)
            .low(158, AvatarAppearance.class, TRUSTED, ZEROCODED)
            .low(163, KickUser.class, TRUSTED, UNENCODED)
            .low(196, ParcelOverlay.class, TRUSTED, ZEROCODED)
            .low(215, ParcelAccessListRequest.class, NOT_TRUSTED, ZEROCODED)
            .low(216, ParcelAccessListReply.class, TRUSTED, ZEROCODED)
            .low(218, ParcelDwellRequest.class, NOT_TRUSTED, UNENCODED)
            .low(219, ParcelDwellReply.class, TRUSTED, UNENCODED)
            .low(235, UUIDNameRequest.class, NOT_TRUSTED, UNENCODED)
            .low(236, UUIDNameReply.class, TRUSTED, UNENCODED)
            .low(249, CompleteAgentMovement.class, NOT_TRUSTED, UNENCODED)
            .low(250, AgentMovementComplete.class, NOT_TRUSTED, UNENCODED)
            .low(252, LogoutRequest.class, NOT_TRUSTED, UNENCODED)
            .low(253, LogoutReply.class, TRUSTED, ZEROCODED)
            .low(381, AgentWearablesRequest.class, NOT_TRUSTED, UNENCODED)
            .low(382, AgentWearablesUpdate.class, TRUSTED, ZEROCODED)
            .low(384, AgentCachedTexture.class, NOT_TRUSTED, UNENCODED)
            .low(385, AgentCachedTextureResponse.class, TRUSTED, UNENCODED)
            .low(386, AgentDataUpdateRequest.class, NOT_TRUSTED, UNENCODED)
            .low(387, AgentDataUpdate.class, TRUSTED, ZEROCODED)
            .low(407, MapBlockRequest.class, NOT_TRUSTED, UNENCODED)
            .low(408, MapNameRequest.class, NOT_TRUSTED, UNENCODED)
            .low(409, MapBlockReply.class, TRUSTED, UNENCODED)
            .build();
}
