package rituals.server.region;

/**
 * Where an agent's stay in the region stands. Each phase expects its own messages (see {@link HandlerTable}); a
 * message that arrives in a phase that does not expect it is dropped and counted with its name and the phase.
 */
public enum Phase {
    /** Login reserved a circuit; only UseCircuitCode is taken (anything else from the endpoint has no circuit). */
    PROVISIONED("provisioned"),
    /** UseCircuitCode was accepted: the circuit is open and waits for CompleteAgentMovement. */
    CIRCUIT_OPEN("circuit-open"),
    /** CompleteAgentMovement was answered with RegionHandshake: the agent is root and its reply is awaited. */
    HANDSHAKEN("handshaken"),
    /** RegionHandshakeReply came: the agent has been sent the region and is seen by others. */
    IN_WORLD("in-world"),
    /** LogoutReply or KickUser was sent: only CloseCircuit (and acks) count until it is acked or the grace ends. */
    LEAVING("leaving"),
    /** Everything of the agent is freed; its endpoint has no circuit any more. */
    CLOSED("closed");

    private final String wire;

    Phase(String wire) {
        this.wire = wire;
    }

    /** The phase as probes and logs name it. */
    public String wire() {
        return wire;
    }
}
