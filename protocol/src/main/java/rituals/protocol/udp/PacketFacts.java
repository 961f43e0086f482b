package rituals.protocol.udp;

import java.util.ArrayList;
import java.util.List;
import rituals.protocol.DecodeException;
import rituals.protocol.message.AgentMovementComplete;
import rituals.protocol.message.AgentThrottle;
import rituals.protocol.message.CompletePingCheck;
import rituals.protocol.message.KickUser;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.LogoutReply;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.Message;
import rituals.protocol.message.ObjectUpdate;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshake;
import rituals.protocol.message.StartPingCheck;
import rituals.protocol.message.UnknownMessage;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.terrain.LayerDataCodec;

/**
 * The key fields of a packet as alternating name/value pairs: the few fields of each message a reader of a log or a
 * narrative needs (docs/EVENTS.md), then Sequence and Reliable. Both peers' probes describe packets with it.
 */
public final class PacketFacts {
    private PacketFacts() {}

    public static String name(Message m) {
        return m instanceof UnknownMessage u ? u.describe() : m.getClass().getSimpleName();
    }

    /** @param extra facts only the caller knows, appended after the message's own */
    public static Object[] of(Packet packet, Object... extra) {
        List<Object> f = new ArrayList<>(12);
        Message m = packet.message();
        if (m instanceof UseCircuitCode u) {
            add(f, "CircuitCode", u.circuitCode().code(), "Session", u.circuitCode().sessionID(), "Agent",
                    u.circuitCode().id());
        } else if (m instanceof RegionHandshake h) {
            add(f, "Region", h.regionInfo().simName());
        } else if (m instanceof AgentMovementComplete a) {
            add(f, "Pos", a.data().position(), "Look", a.data().lookAt());
        } else if (m instanceof LayerData l) {
            add(f, "Type", String.format("0x%02X", l.layerID().type()), "Patches", patchCount(l));
        } else if (m instanceof ObjectUpdate o) {
            add(f, "Objects", o.objectData().size());
        } else if (m instanceof StartPingCheck p) {
            add(f, "PingID", p.pingID().pingID());
        } else if (m instanceof CompletePingCheck p) {
            add(f, "PingID", p.pingID().pingID());
        } else if (m instanceof PacketAck a) {
            add(f, "Count", a.packets().size());
        } else if (m instanceof LogoutRequest r) {
            add(f, "Agent", r.agentData().agentID());
        } else if (m instanceof LogoutReply r) {
            add(f, "Agent", r.agentData().agentID());
        } else if (m instanceof KickUser k) {
            add(f, "Reason", k.userInfo().reason());
        } else if (m instanceof AgentThrottle t) {
            float[] rates = t.throttle().bitsPerSecond();
            if (rates.length >= 5) {
                add(f, "Land", Math.round(rates[1]), "Task", Math.round(rates[4]));
            }
        }
        add(f, extra);
        add(f, "Sequence", Integer.toUnsignedString(packet.sequence()), "Reliable", packet.reliable());
        return f.toArray();
    }

    private static String patchCount(LayerData l) {
        try {
            return Integer.toString(LayerDataCodec.countPatches(l.layerData().data().toArray()));
        } catch (DecodeException e) {
            return "undecodable";
        }
    }

    private static void add(List<Object> facts, Object... pairs) {
        facts.addAll(List.of(pairs));
    }
}
