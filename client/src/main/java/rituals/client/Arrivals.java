package rituals.client;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import rituals.protocol.DecodeException;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.AgentThrottle;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.DisableSimulator;
import rituals.protocol.message.KickUser;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.LogoutReply;
import rituals.protocol.message.Message;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.terrain.LayerType;
import rituals.trace.Channel;
import rituals.trace.Verb;

/**
 * What the suitor does with each message a simulator sends: one table from message type to handler for every
 * simulator of every suitor (pattern switch is not Java 17), plus the answer to a UseCircuitCode being acked. Runs on
 * the loop.
 */
final class Arrivals {
    /**
     * LibreMetaverse's default throttle after its clamps, in bits/s: resend, land, wind, cloud, task, texture, asset.
     */
    static final float[] THROTTLES = {150_000, 170_000, 34_000, 34_000, 360_448, 360_448, 220_000};
    /** Cache culling, cache empty (send full updates), self-appearance: what LibreMetaverse answers. */
    static final long HANDSHAKE_REPLY_FLAGS = 0x07;

    private static final Map<Class<? extends Message>, BiConsumer<Simulator, Message>> HANDLERS = new HashMap<>();

    static {
        on(RegionHandshake.class, Arrivals::regionHandshake);
        on(AgentMovementComplete.class, Arrivals::movementComplete);
        on(LayerData.class, Arrivals::layerData);
        on(ObjectUpdate.class, Arrivals::objectUpdate);
        on(LogoutReply.class, (sim, m) -> sim.suitor.end(Ending.Reason.LOGGED_OUT, "LogoutReply received"));
        on(DisableSimulator.class, (sim, m) -> sim.suitor.closed(sim, Ending.Reason.DISABLE_SIMULATOR,
                "DisableSimulator after " + sim.sinceOpened() + " ms on the circuit"));
        on(KickUser.class, (sim, m) -> sim.suitor.end(Ending.Reason.KICK_USER, m.userInfo().reason()));
    }

    private Arrivals() {}

    private static <T extends Message> void on(Class<T> type, BiConsumer<Simulator, T> handler) {
        HANDLERS.put(type, (sim, m) -> handler.accept(sim, type.cast(m)));
    }

    static void handle(Simulator sim, Message message) {
        BiConsumer<Simulator, Message> handler = HANDLERS.get(message.getClass());
        if (handler != null) {
            handler.accept(sim, message);
        }
    }

    /**
     * One of our reliable packets was acked: the first of them, UseCircuitCode, opens the way in. Only the root is
     * asked to make the agent root there (CompleteAgentMovement); LibreMetaverse sends it to no other simulator.
     */
    static void acked(Simulator sim, int sequence) {
        Milestones m = sim.milestones;
        if (sequence != sim.useCircuitCodeSequence || m.circuitAcked.isDone()) {
            return;
        }
        m.mark(Phase.CIRCUIT_ACKED);
        if (sim.isRoot()) {
            Agent a = sim.suitor.agent;
            sim.circuit.send(CompleteAgentMovement.of(a.id(), a.sessionId(), sim.circuitCode), true);
        }
        m.reach(m.circuitAcked);
    }

    private static void regionHandshake(Simulator sim, RegionHandshake h) {
        Agent a = sim.suitor.agent;
        Milestones m = sim.milestones;
        sim.name = h.regionInfo().simName();
        sim.probe = sim.probe.inRegion(sim.name, sim.handle);
        m.mark(Phase.REGION_HANDSHAKE);
        sim.circuit.send(RegionHandshakeReply.of(a.id(), a.sessionId(), HANDSHAKE_REPLY_FLAGS), true);
        sim.circuit.send(AgentThrottle.of(a.id(), a.sessionId(), sim.circuitCode, 0, THROTTLES), true);
        if (m.reach(m.regionHandshake)) {
            sim.caps.postSeed(); // LibreMetaverse posts the seed once Simulator.Connect has returned: after the handshake
        }
    }

    private static void movementComplete(Simulator sim, AgentMovementComplete amc) {
        Milestones m = sim.milestones;
        m.mark(Phase.AGENT_MOVEMENT_COMPLETE);
        if (!m.movementComplete.isDone()) {
            // LibreMetaverse reports the simulator connected once the handshake is done and the agent placed; seed
            // 000 records CONNECTED right after AgentMovementComplete.
            if (sim.probe.on()) {
                sim.probe.emit(Channel.UDP, Verb.CONNECTED, "", -1, "Sim", sim.name, "IP",
                        sim.endpoint.getAddress().getHostAddress() + ":" + sim.endpoint.getPort());
            }
            if (sim.isRoot()) {
                sim.suitor.heartbeat.start(amc.data().position());
            }
            m.reach(m.movementComplete);
        }
    }

    private static void layerData(Simulator sim, LayerData ld) {
        int type = ld.layerID().type();
        if (type != LayerType.LAND.code() && type != LayerType.LAND_EXTENDED.code()) {
            // wind, cloud and water are acked and otherwise ignored, as LibreMetaverse does by default; extended land
            // (a region larger than 256 m) is land, which the height map takes
            return;
        }
        try {
            sim.terrain.apply(sim.suitor.runtime.layerDecoder().decode(ld.layerData().data()));
        } catch (DecodeException e) {
            sim.suitor.malformed++;
            return;
        }
        Milestones m = sim.milestones;
        m.mark(Phase.FIRST_LAYER_DATA);
        m.markLatest(Phase.LAST_LAYER_DATA);
        if (sim.terrain.complete() && !m.terrainComplete.isDone()) {
            m.mark(Phase.TERRAIN_COMPLETE);
            m.reach(m.terrainComplete);
        }
    }

    private static void objectUpdate(Simulator sim, ObjectUpdate update) {
        sim.milestones.mark(Phase.FIRST_OBJECT_UPDATE);
        sim.objects.apply(update);
    }
}
