package rituals.server.region;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rituals.protocol.DecodeException;
import rituals.protocol.message.AgentThrottle;
import rituals.protocol.message.AgentUpdate;
import rituals.protocol.message.CloseCircuit;
import rituals.protocol.message.CoarseLocationUpdate;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.DisableSimulator;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.Message;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.ParcelOverlay;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.terrain.LayerBlob;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;
import rituals.server.log.LogText;
import rituals.server.udp.Category;
import rituals.server.udp.ServerCircuit;
import rituals.server.world.Avatar;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Verb;

/**
 * The login ritual and the life of a session, message by message, in OpenSim's order: CompleteAgentMovement →
 * RegionHandshake + AgentMovementComplete + the land; RegionHandshakeReply → own avatar (with its appearance and
 * animation), terrain, nearby avatars; seed served too → the region's prims; the client's questions go to
 * {@link RegionQueries}; then periodic SimStats, time and coarse locations, until logout, kick or silence. Each
 * message goes through the {@link HandlerTable}, which moves the session along its {@link Phase}s.
 */
final class SessionHandlers {
    private static final System.Logger LOG = System.getLogger(SessionHandlers.class.getName());
    private static final long SIM_STATS_NANOS = 3_000_000_000L;
    private static final long VIEWER_TIME_NANOS = 2_500_000_000L;
    /** Every 5 frames of OpenSim's ~90 ms heartbeat. */
    private static final long COARSE_NANOS = 450_000_000L;
    /** CoarseLocationUpdate is never split: 60 entries of 19 bytes keep it under the datagram limit. */
    private static final int COARSE_CAP = 60;
    private static final int PRIMS_PER_PACKET = 3;
    /** An avatar block is at most ~330 bytes before zero-coding (long names): three always fit one datagram. */
    private static final int AVATARS_PER_PACKET = 3;

    /** Open and not leaving: where requests are answered. */
    private static final Set<Phase> OPEN = EnumSet.of(Phase.CIRCUIT_OPEN, Phase.HANDSHAKEN, Phase.IN_WORLD);
    /** Root: the agent stands in the region. */
    private static final Set<Phase> ROOT = EnumSet.of(Phase.HANDSHAKEN, Phase.IN_WORLD);

    private final RegionContext region;
    private final SceneMessages messages;
    private final List<LayerBlob> terrain;
    /** Only its wall time is read here, for what the wire carries; the loop passes monotonic time in. */
    private final Clock epoch;
    private final ParcelMessages parcels;
    private final RegionQueries queries;
    private final HandlerTable table;
    private long nextCoarse;

    SessionHandlers(RegionContext region, SceneMessages messages, RegionReplies replies, List<LayerBlob> terrain,
            Clock epoch) {
        this.region = region;
        this.messages = messages;
        this.terrain = terrain;
        this.epoch = epoch;
        this.parcels = new ParcelMessages(region.settings());
        this.queries = new RegionQueries(region, replies, parcels);
        this.table = table();
    }

    /**
     * The session's messages and the phases that expect them. CloseCircuit is taken while leaving too: a viewer
     * sends it right after LogoutReply, and its ack of the reply may never come. A repeated UseCircuitCode (its ack
     * lost) changes nothing once the circuit is open.
     */
    private HandlerTable table() {
        HandlerTable t = new HandlerTable()
                .on(UseCircuitCode.class, OPEN, (s, m, now) -> { })
                .on(CompleteAgentMovement.class, EnumSet.of(Phase.CIRCUIT_OPEN), this::completeMovement)
                .on(RegionHandshakeReply.class, EnumSet.of(Phase.HANDSHAKEN), (s, m, now) -> handshakeReply(s, now))
                .on(AgentUpdate.class, ROOT, (s, u, now) -> s.avatar.rotation(u.agentData().bodyRotation()))
                .on(AgentThrottle.class, OPEN, (s, m, now) -> throttle(s, m))
                .on(LogoutRequest.class, OPEN, (s, m, now) -> logout(s, now))
                .on(CloseCircuit.class, EnumSet.of(Phase.CIRCUIT_OPEN, Phase.HANDSHAKEN, Phase.IN_WORLD,
                        Phase.LEAVING), (s, m, now) -> region.close(s, "close-circuit", now));
        for (Class<? extends Message> question : RegionQueries.QUESTIONS) {
            t.on(question, OPEN, queries::handle);
        }
        return t;
    }

    /** Runs the message's handler if the session's phase expects it. */
    HandlerTable.Outcome handle(AgentSession s, Message m, long now) {
        return table.dispatch(s, m, now);
    }

    private void logout(AgentSession s, long now) {
        LOG.log(System.Logger.Level.INFO, "[CLIENT]: Got a logout request for " + s.name() + " in "
                + region.settings().name());
        int seq = s.circuit.send(messages.logoutReply(s.agentId(), s.sessionId()), true, Category.UNTHROTTLED, now);
        closeAfterAck(s, seq, "logout", now);
    }

    private void completeMovement(AgentSession s, CompleteAgentMovement c, long now) {
        if (!s.hasCode(c.agentData().circuitCode())) {
            return; // OpenSim ignores a wrong circuit code
        }
        s.phase = Phase.HANDSHAKEN;
        Avatar a = region.world().addAvatar(s.agentId(), s.origin.firstName(), s.origin.lastName(),
                s.origin.provision().startPosition());
        s.avatar = a;
        LOG.log(System.Logger.Level.INFO, "[SCENE PRESENCE]: Complete movement of " + s.name() + " into "
                + region.settings().name() + " " + a.position());
        s.circuit.send(messages.regionHandshake(s.agentId()), true, Category.UNTHROTTLED, now);
        s.circuit.send(messages.movementComplete(a, s.sessionId(), epoch.epochMillis()), true, Category.UNTHROTTLED,
                now);
        sendLand(s, now);
        s.nextSimStats = now + SIM_STATS_NANOS;
        s.nextViewerTime = now + VIEWER_TIME_NANOS;
        region.listener().agentArrived(s.agentId());
    }

    /** OpenSim's land at arrival: the parcel map over UDP, the agent's parcel over the event queue. */
    private void sendLand(AgentSession s, long now) {
        for (ParcelOverlay overlay : parcels.overlays(s.agentId())) {
            s.circuit.send(overlay, true, Category.TASK, now);
        }
        region.listener().event(s.agentId(), parcels.properties(region.world().objects().size()));
    }

    private void handshakeReply(AgentSession s, long now) {
        s.phase = Phase.IN_WORLD;
        s.handshakeReplied = true;
        s.circuit.send(messages.avatarUpdate(s.avatar), true, Category.TASK, now);
        s.circuit.send(AvatarLook.appearance(s.agentId()), true, Category.TASK, now);
        s.circuit.send(AvatarLook.standing(s.agentId()), true, Category.TASK, now);
        for (LayerBlob blob : terrain) {
            s.circuit.send(LayerData.of(LayerData.LAND, Bytes.wrap(blob.data())), true, Category.LAND, now,
                    "Patches", blob.patches().size());
        }
        exchangeAvatars(s, now);
        sendSceneIfReady(s, now);
    }

    /**
     * The interest list: the newcomer and at most {@code interestCap} scene-ready neighbours within the radius are
     * sent each other's avatar, so n arrivals cost n × cap updates rather than n².
     */
    private void exchangeAvatars(AgentSession s, long now) {
        RegionSettings settings = region.settings();
        List<Avatar> seen = new ArrayList<>();
        for (Avatar other : region.world().near(s.avatar, settings.interestRadius(), settings.interestCap())) {
            AgentSession o = region.session(other.agentId());
            if (o == null || !o.sceneReady()) {
                continue;
            }
            if (s.knownAvatars.add(o.agentId())) {
                o.knownBy.add(s.agentId());
                seen.add(o.avatar);
            }
            if (o.knownAvatars.size() < settings.interestCap()) {
                show(o, s, now);
            }
        }
        // The newcomer's neighbours go several to an ObjectUpdate, as OpenSim packs them: an arrival among a crowd
        // costs a third of the datagrams it would one by one.
        for (ObjectUpdate u : messages.avatarUpdates(seen, AVATARS_PER_PACKET)) {
            s.circuit.send(u, true, Category.TASK, now);
        }
    }

    /** Sends {@code subject}'s avatar to {@code viewer} once. */
    private void show(AgentSession viewer, AgentSession subject, long now) {
        if (viewer.knownAvatars.add(subject.agentId())) {
            subject.knownBy.add(viewer.agentId());
            viewer.circuit.send(messages.avatarUpdate(subject.avatar), true, Category.TASK, now);
        }
    }

    /** OpenSim's SendInitialData gate: both RegionHandshakeReply and the seed capability before any prim. */
    void sendSceneIfReady(AgentSession s, long now) {
        if (s.sceneSent || !s.sceneReady() || !s.seedServed) {
            return;
        }
        s.sceneSent = true;
        for (ObjectUpdate u : messages.primUpdates(region.world().objects(), PRIMS_PER_PACKET)) {
            s.circuit.send(u, true, Category.TASK, now);
        }
    }

    private void throttle(AgentSession s, AgentThrottle t) {
        try {
            s.circuit.throttle(t.throttle().throttles());
        } catch (DecodeException e) {
            LOG.log(System.Logger.Level.WARNING, "[LLUDPSERVER]: Ignoring AgentThrottle from " + s.name() + ": "
                    + LogText.of(e.getMessage()));
        }
    }

    void kick(AgentSession s, String reason, long now) {
        int seq = s.circuit.send(messages.kickUser(s.agentId(), s.sessionId(), reason), true, Category.UNTHROTTLED,
                now);
        closeAfterAck(s, seq, "kicked", now);
    }

    /** OpenSim often loses its last words: keep the circuit until they are acked, or the grace runs out. */
    private void closeAfterAck(AgentSession s, int sequence, String reason, long now) {
        s.circuit.watchAck(sequence);
        s.circuit.flushAcks(now); // the request itself is acked at once, so the client stops resending it
        s.phase = Phase.LEAVING;
        s.closingReason = reason;
        s.closingDeadline = now + region.settings().logoutGrace().toNanos();
    }

    /** One session's timers; returns true when the session was closed (its circuit must not tick again). */
    boolean tick(AgentSession s, long now) {
        if (s.phase == Phase.LEAVING && (s.circuit.watchedAcked() || now - s.closingDeadline >= 0)) {
            region.close(s, s.closingReason, now);
            return true;
        }
        long silence = now - s.circuit.lastReceivedNanos();
        long limit = region.settings().ackTimeout().toNanos();
        if (silence > limit) {
            timeout(s, silence / 1_000_000, limit / 1_000_000, now);
            return true;
        }
        if (ROOT.contains(s.phase)) {
            if (now - s.nextSimStats >= 0) {
                s.nextSimStats = now + SIM_STATS_NANOS;
                s.circuit.send(messages.simStats(region.world().avatars().size(), region.world().objects().size()), false,
                        Category.TASK, now);
            }
            if (now - s.nextViewerTime >= 0) {
                s.nextViewerTime = now + VIEWER_TIME_NANOS;
                s.circuit.send(messages.viewerTime(epoch.epochMillis()), false, Category.UNTHROTTLED, now);
            }
        }
        return false;
    }

    private void timeout(AgentSession s, long silenceMs, long limitMs, long now) {
        String kind = s.root() ? "root" : "child";
        LOG.log(System.Logger.Level.WARNING, "[LLUDPSERVER]: No packets received from " + kind + " agent of "
                + s.name() + " for " + silenceMs + "ms in " + region.settings().name() + ".  Disconnecting.");
        if (region.probe().on()) {
            s.circuit.probe().emit(Channel.CIRCUIT, Verb.TIMEOUT, "", -1, "User", s.name(), "SilenceMs", silenceMs, "LimitMs",
                    limitMs);
        }
        s.circuit.send(new DisableSimulator(), true, Category.UNTHROTTLED, now);
        region.close(s, "timeout", now);
    }

    /**
     * CoarseLocationUpdate to every circuit, root or child, every ~450 ms: the location list is built once per round.
     * Only the (at most 60) listed agents need their own message, for their "you" index; every other circuit is sent
     * the same datagram, encoded once. An empty list goes to a circuit once.
     */
    void coarseLocations(long now) {
        if (now - nextCoarse < 0) {
            return;
        }
        nextCoarse = now + COARSE_NANOS;
        List<CoarseLocationUpdate.Location> locations = new ArrayList<>();
        List<CoarseLocationUpdate.AgentData> agents = new ArrayList<>();
        Map<UUID, Integer> listed = new HashMap<>();
        for (Avatar a : region.world().avatars()) {
            if (locations.size() == COARSE_CAP) {
                break;
            }
            Vector3 p = a.position();
            listed.put(a.agentId(), locations.size());
            locations.add(new CoarseLocationUpdate.Location(clampByte(p.x()), clampByte(p.y()),
                    clampByte(p.z() / 4)));
            agents.add(new CoarseLocationUpdate.AgentData(a.agentId()));
        }
        CoarseLocationUpdate unlisted = new CoarseLocationUpdate(locations, new CoarseLocationUpdate.Index(-1, -1),
                agents);
        byte[] unlistedDatagram = null; // encoded at its first recipient
        for (AgentSession s : region.sessions()) {
            if (s.phase == Phase.LEAVING || (locations.isEmpty() && s.sentEmptyCoarse)) {
                continue;
            }
            if (!s.circuit.proven()) {
                // Until the endpoint acks, it may be sent only three times what it sent: a list of 60 agents would
                // spend that budget and hold its RegionHandshake back. The next round brings a fresh list anyway.
                continue;
            }
            s.sentEmptyCoarse = locations.isEmpty();
            Integer you = listed.get(s.agentId());
            if (you != null) {
                s.circuit.send(new CoarseLocationUpdate(locations, new CoarseLocationUpdate.Index(you, -1), agents),
                        false, Category.UNTHROTTLED, now);
                continue;
            }
            if (unlistedDatagram == null) {
                unlistedDatagram = ServerCircuit.encodeShared(region.codec(), unlisted);
            }
            s.circuit.sendShared(unlisted, unlistedDatagram);
        }
    }

    private static int clampByte(float v) {
        return Math.max(0, Math.min(255, (int) v));
    }
}
