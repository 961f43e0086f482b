package rituals.server.caps;

/**
 * The capabilities this venue serves, by the names clients request in the seed POST. OpenSim's own path layout is
 * kept: the seed at {@code /CAPS/<uuid>0000/} (CapsUtil), the event queue at {@code /CE/<uuid>}, other caps at
 * {@code /CAPS/<uuid>/}.
 */
public enum Cap {
    SEED("Seed"),
    EVENT_QUEUE_GET("EventQueueGet"),
    SIMULATOR_FEATURES("SimulatorFeatures"),
    FETCH_INVENTORY_DESCENDENTS2("FetchInventoryDescendents2");

    private final String capName;

    Cap(String capName) {
        this.capName = capName;
    }

    /** The name on the wire (a seed request's array entry, a seed reply's key). */
    public String capName() {
        return capName;
    }
}
