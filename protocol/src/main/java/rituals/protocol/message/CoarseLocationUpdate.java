package rituals.protocol.message;

import static rituals.protocol.codec.Wire.S16;
import static rituals.protocol.codec.Wire.U8;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Sim to client: where every avatar in the region roughly is (for the mini-map), every ~0.45 s. */
public record CoarseLocationUpdate(@Variable List<Location> location, Index index, @Variable List<AgentData> agentData)
        implements Message {

    /** @param z metres divided by 4 */
    public record Location(@U8 int x, @U8 int y, @U8 int z) {}

    /** @param you index of the receiving agent in the lists, -1 when absent */
    public record Index(@S16 int you, @S16 int prey) {}

    public record AgentData(UUID agentID) {}
}
