package rituals.client;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import rituals.protocol.login.LoginSuccess;
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
import rituals.protocol.udp.Packet;
import rituals.trace.Channel;
import rituals.trace.Verb;

/**
 * What the suitor does with each message the sim sends: a table from message type to handler (pattern switch is not
 * Java 17), plus the answer to our UseCircuitCode being acked. Runs on the loop.
 */
final class Arrivals {
    /**
     * LibreMetaverse's default throttle after its clamps, in bits/s: resend, land, wind, cloud, task, texture, asset.
     */
    static final float[] THROTTLES = {150_000, 170_000, 34_000, 34_000, 360_448, 360_448, 220_000};
    /** Cache culling, cache empty (send full updates), self-appearance: what LibreMetaverse answers. */
    static final long HANDSHAKE_REPLY_FLAGS = 0x07;

    private final Suitor s;
    private final Map<Class<? extends Message>, Consumer<Message>> handlers = new HashMap<>();

    Arrivals(Suitor suitor) {
        this.s = suitor;
        on(RegionHandshake.class, this::regionHandshake);
        on(AgentMovementComplete.class, this::movementComplete);
        on(LayerData.class, this::layerData);
        on(ObjectUpdate.class, this::objectUpdate);
        on(LogoutReply.class, m -> s.end(Ending.Reason.LOGGED_OUT, "LogoutReply received"));
        on(DisableSimulator.class, m -> s.end(Ending.Reason.DISABLE_SIMULATOR,
                "DisableSimulator after " + s.sinceCircuitOpened() + " ms on the circuit"));
        on(KickUser.class, m -> s.end(Ending.Reason.KICK_USER, m.userInfo().reason()));
    }

    private <T extends Message> void on(Class<T> type, Consumer<T> handler) {
        handlers.put(type, m -> handler.accept(type.cast(m)));
    }

    void packet(Packet packet, int size) {
        if (s.ended.isDone() || !s.circuit.receive(packet, size)) {
            return;
        }
        Consumer<Message> handler = handlers.get(packet.message().getClass());
        if (handler != null) {
            handler.accept(packet.message());
        }
    }

    /** One of our reliable packets was acked: the first of them, UseCircuitCode, opens the way in. */
    void acked(int sequence) {
        if (sequence != s.useCircuitCodeSequence || s.circuitAcked.isDone()) {
            return;
        }
        s.mark(Phase.CIRCUIT_ACKED);
        LoginSuccess r = s.login.reply();
        s.circuit.send(CompleteAgentMovement.of(r.agentId(), r.sessionId(), s.circuitCode), true);
        s.circuitAcked.complete(s.sinceLogin());
    }

    private void regionHandshake(RegionHandshake h) {
        LoginSuccess r = s.login.reply();
        s.regionName = h.regionInfo().simName();
        // the handle as the login gave the region's corner in metres: x in the high word, y in the low
        s.probe = s.probe.inRegion(s.regionName,
                (long) r.region().regionX() << 32 | Integer.toUnsignedLong(r.region().regionY()));
        s.mark(Phase.REGION_HANDSHAKE);
        s.circuit.send(RegionHandshakeReply.of(r.agentId(), r.sessionId(), HANDSHAKE_REPLY_FLAGS), true);
        s.circuit.send(AgentThrottle.of(r.agentId(), r.sessionId(), s.circuitCode, 0, THROTTLES), true);
        if (!s.regionHandshake.isDone()) {
            s.regionHandshake.complete(s.sinceLogin());
            s.caps.postSeed(); // LibreMetaverse posts the seed once Simulator.Connect has returned: after the handshake
        }
    }

    private void movementComplete(AgentMovementComplete m) {
        s.mark(Phase.AGENT_MOVEMENT_COMPLETE);
        if (!s.movementComplete.isDone()) {
            // LibreMetaverse reports the simulator connected once the handshake is done and the agent placed; seed
            // 000 records CONNECTED right after AgentMovementComplete.
            if (s.probe.on()) {
                LoginSuccess r = s.login.reply();
                s.probe.emit(Channel.UDP, Verb.CONNECTED, "", -1, "Sim", s.regionName, "IP",
                        r.region().simIp() + ":" + r.region().simPort());
            }
            s.heartbeat.start(m.data().position());
            s.movementComplete.complete(s.sinceLogin());
        }
    }

    private void layerData(LayerData m) {
        int type = m.layerID().type();
        if (type != LayerType.LAND.code() && type != LayerType.LAND_EXTENDED.code()) {
            // wind, cloud and water are acked and otherwise ignored, as LibreMetaverse does by default; extended land
            // (a region larger than 256 m) is land, which the height map takes
            return;
        }
        try {
            s.terrain.apply(s.runtime.layerDecoder().decode(m.layerData().data()));
        } catch (DecodeException e) {
            s.malformed++;
            return;
        }
        s.mark(Phase.FIRST_LAYER_DATA);
        s.phases.put(Phase.LAST_LAYER_DATA, s.sinceLogin());
        if (s.terrain.complete() && !s.terrainComplete.isDone()) {
            s.mark(Phase.TERRAIN_COMPLETE);
            s.terrainComplete.complete(s.sinceLogin());
        }
    }

    private void objectUpdate(ObjectUpdate m) {
        s.mark(Phase.FIRST_OBJECT_UPDATE);
        s.objects.apply(m);
    }
}
