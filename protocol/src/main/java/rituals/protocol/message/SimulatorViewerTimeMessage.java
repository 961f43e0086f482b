package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;
import static rituals.protocol.codec.Wire.U64;

import rituals.protocol.types.Vector3;

/** Sim to client: the region's clock and sun, at least every 2.5 s to root agents. */
public record SimulatorViewerTimeMessage(TimeInfo timeInfo) implements Message {
    public record TimeInfo(
            @U64 long usecSinceStart,
            @U32 long secPerDay,
            @U32 long secPerYear,
            Vector3 sunDirection,
            float sunPhase,
            Vector3 sunAngVelocity) {}
}
