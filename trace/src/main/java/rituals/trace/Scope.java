package rituals.trace;

/**
 * Whom and where an event concerns, as far as the recording junction knows: the region (name and handle), the circuit
 * code and the agent (name and id). Unknown parts are empty strings and 0; a server logging many agents at once is
 * read apart by these.
 */
public record Scope(String region, long regionHandle, long circuit, String agent, String agentId) {
    public static final Scope NONE = new Scope("", 0, 0, "", "");

    public Scope {
        region = region == null ? "" : region;
        agent = agent == null ? "" : agent;
        agentId = agentId == null ? "" : agentId;
    }

    public Scope inRegion(String name, long handle) {
        return new Scope(name, handle, circuit, agent, agentId);
    }

    public Scope onCircuit(long code) {
        return new Scope(region, regionHandle, code, agent, agentId);
    }

    public Scope ofAgent(String name, Object id) {
        return new Scope(region, regionHandle, circuit, name, id == null ? "" : id.toString());
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
