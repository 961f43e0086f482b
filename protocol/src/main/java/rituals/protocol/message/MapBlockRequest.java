package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U16;
import static rituals.protocol.codec.Wire.U32;

import java.util.UUID;

/** Client to sim: asks for the world-map entries in a rectangle of the grid; answered by MapBlockReply. */
public record MapBlockRequest(MapNameRequest.AgentData agentData, PositionData positionData) implements Message {

    /** Bounds in regions (grid coordinates, not metres), inclusive. */
    public record PositionData(@U16 int minX, @U16 int maxX, @U16 int minY, @U16 int maxY) {}
}
