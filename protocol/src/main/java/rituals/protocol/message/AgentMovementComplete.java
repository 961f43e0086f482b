package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U64;
import static rituals.protocol.codec.Wire.Var2;

import rituals.protocol.types.Vector3;

/** Sim to client: the agent is now in the region, at this position; sent right after RegionHandshake at login. */
public record AgentMovementComplete(AgentData agentData, Data data, SimData simData) implements Message {

    /**
     * @param regionHandle (region x in metres &lt;&lt; 32) | region y in metres
     * @param timestamp unix seconds
     */
    public record Data(Vector3 position, Vector3 lookAt, @U64 long regionHandle, @U32 long timestamp) {}

    /** @param channelVersion the simulator's version string */
    public record SimData(@Var2 String channelVersion) {}
}
