package rituals.server.udp;

import java.util.ArrayList;
import java.util.List;
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
import rituals.protocol.types.Bytes;
import rituals.protocol.udp.Packet;

/** The key facts docs/EVENTS.md lists for UDP RECV/SEND events, as name/value pairs for {@code Probe.emit}. */
final class ProbeFacts {
    private ProbeFacts() {}

    static String subject(Message m) {
        return m instanceof UnknownMessage u ? u.describe() : m.getClass().getSimpleName();
    }

    /** @param extra facts only the sender knows (a LayerData's patch count), appended after the message's own */
    static Object[] of(Packet packet, Object... extra) {
        List<Object> f = new ArrayList<>(12);
        Message m = packet.message();
        if (m instanceof UseCircuitCode u) {
            add(f, "CircuitCode", u.circuitCode().code(), "Session", u.circuitCode().sessionID(), "Agent",
                    u.circuitCode().id());
        } else if (m instanceof RegionHandshake r) {
            add(f, "Region", r.regionInfo().simName());
        } else if (m instanceof AgentMovementComplete a) {
            add(f, "Pos", a.data().position(), "Look", a.data().lookAt());
        } else if (m instanceof LayerData l) {
            add(f, "Type", (char) l.layerID().type());
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
            add(f, "Land", throttle(t.throttle().throttles(), 1), "Task", throttle(t.throttle().throttles(), 4));
        }
        add(f, extra);
        add(f, "Sequence", Integer.toUnsignedString(packet.sequence()), "Reliable", packet.reliable());
        return f.toArray();
    }

    private static void add(List<Object> f, Object... kv) {
        f.addAll(List.of(kv));
    }

    /** The bits/s float at index {@code i} of AgentThrottle's Throttles, or "?" when the field is short. */
    private static Object throttle(Bytes b, int i) {
        if (b.length() < (i + 1) * 4) {
            return "?";
        }
        int bits = (b.get(i * 4) & 0xFF) | (b.get(i * 4 + 1) & 0xFF) << 8 | (b.get(i * 4 + 2) & 0xFF) << 16
                | (b.get(i * 4 + 3) & 0xFF) << 24;
        return Math.round(Float.intBitsToFloat(bits));
    }
}
