package rituals.client;

/** The milestones of a ritual the suitor times, each measured from the login request. */
public enum Phase {
    LOGIN_REPLY("login reply"),
    CIRCUIT_ACKED("UseCircuitCode acked"),
    REGION_HANDSHAKE("RegionHandshake"),
    AGENT_MOVEMENT_COMPLETE("AgentMovementComplete"),
    FIRST_LAYER_DATA("first LayerData (land)"),
    LAST_LAYER_DATA("last LayerData (land)"),
    TERRAIN_COMPLETE("terrain complete"),
    FIRST_OBJECT_UPDATE("first ObjectUpdate"),
    SEED_CAPABILITY("seed capability"),
    FIRST_EVENT_QUEUE_REPLY("first event-queue reply"),
    END("end");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** How a summary names it. */
    public String label() {
        return label;
    }
}
