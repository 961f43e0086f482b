package rituals.protocol.message;

import static rituals.protocol.codec.Wire.Var1;
import static rituals.protocol.codec.Wire.Variable;

import java.util.List;
import java.util.UUID;

/** Sim to client: agents' first and last names, in answer to UUIDNameRequest. */
public record UUIDNameReply(@Variable List<UUIDNameBlock> uuidNameBlock) implements Message {
    public record UUIDNameBlock(UUID id, @Var1 String firstName, @Var1 String lastName) {}
}
