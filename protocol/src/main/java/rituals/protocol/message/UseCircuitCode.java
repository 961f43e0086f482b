package rituals.protocol.message;

import static rituals.protocol.codec.Wire.U32;

import java.util.UUID;

/** Client to sim: the first datagram of every circuit, naming the circuit code and ids handed out at login. */
public record UseCircuitCode(CircuitCode circuitCode) implements Message {
    public static UseCircuitCode of(long code, UUID sessionID, UUID agentID) {
        return new UseCircuitCode(new CircuitCode(code, sessionID, agentID));
    }

    /** @param id the agent id */
    public record CircuitCode(@U32 long code, UUID sessionID, UUID id) {}
}
