package rituals.protocol.message;

import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Client to sim: asks for the names of these agents; answered by UUIDNameReply. */
public record UUIDNameRequest(@Variable List<UUIDNameBlock> uuidNameBlock) implements Message {
    public record UUIDNameBlock(UUID id) {}
}
