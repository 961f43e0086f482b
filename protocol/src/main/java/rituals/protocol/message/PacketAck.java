package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.Variable;

import java.util.ArrayList;
import java.util.List;

/**
 * Either peer: acknowledges reliable packets by sequence number (OpenSim flushes these every 500 ms). Unlike appended
 * acks, the ids here are little-endian.
 */
public record PacketAck(@Variable List<Packets> packets) implements Message {
    public static PacketAck of(List<Integer> ids) {
        List<Packets> packets = new ArrayList<>(ids.size());
        for (int id : ids) {
            packets.add(new Packets(Integer.toUnsignedLong(id)));
        }
        return new PacketAck(List.copyOf(packets));
    }

    /** The acknowledged sequence numbers, in order. */
    public List<Integer> ids() {
        List<Integer> ids = new ArrayList<>(packets.size());
        for (Packets p : packets) {
            ids.add((int) p.id());
        }
        return ids;
    }

    public record Packets(@U32 long id) {}
}
