package rituals.server.udp;

/**
 * Why a datagram was dropped unprocessed, or an outgoing message dropped unsent; {@link #wire()} is the DROP subject
 * in docs/EVENTS.md.
 */
public enum DropReason {
    /** Could not be decoded. */
    MALFORMED("malformed"),
    /** Came from an endpoint that owns no circuit and was not UseCircuitCode. */
    NO_CIRCUIT("no-circuit"),
    /** Its AgentData named another agent or session than its circuit's. */
    BAD_IDS("bad-ids"),
    /** A reliable sequence number already processed (acked again, not processed). */
    DUPLICATE("duplicate"),
    /** UseCircuitCode naming a circuit that was never provisioned, or with the wrong ids. */
    UNKNOWN_CIRCUIT_CODE("unknown-circuit-code"),
    /** Outgoing: a message for a circuit whose queue (throttle or unproven endpoint's budget) was full. */
    QUEUE_FULL("queue-full"),
    /** A message its session's phase does not expect (e.g. AgentUpdate before CompleteAgentMovement). */
    WRONG_PHASE("wrong-phase");

    private final String wire;

    DropReason(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
