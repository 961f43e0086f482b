package rituals.client;

import rituals.protocol.message.AgentUpdate;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;

/**
 * The AgentUpdate heartbeat, as LibreMetaverse keeps it: one reliable update as soon as the agent has arrived, then
 * one unreliable update every interval whether or not anything changed (Agent.DisableUpdateDuplicateCheck), to the
 * root simulator only (where the agent stands). Runs on the loop, driven by the suitor's tick.
 */
final class Heartbeat {
    private static final float FAR = 128f;

    private final Suitor suitor;
    private boolean enabled = true;
    private long nextNanos;
    /** Built once on arrival (nothing moves the agent, so it never changes); null until then. */
    private AgentUpdate update;

    Heartbeat(Suitor suitor) {
        this.suitor = suitor;
    }

    void enabled(boolean on) {
        enabled = on;
        nextNanos = suitor.clock.nanos();
    }

    /** The agent has arrived at {@code where}: the heartbeat may begin. */
    void start(Vector3 where) {
        Agent a = suitor.agent;
        update = new AgentUpdate(new AgentUpdate.AgentData(a.id(), a.sessionId(), Quaternion.IDENTITY,
                Quaternion.IDENTITY, 0, where, new Vector3(1, 0, 0), new Vector3(0, 1, 0), new Vector3(0, 0, 1), FAR,
                0, 0));
        if (enabled) {
            send(true);
        }
    }

    void tick() {
        if (update != null && enabled && suitor.clock.nanos() - nextNanos >= 0) {
            send(false);
        }
    }

    private void send(boolean reliable) {
        suitor.simulators.root().circuit.send(update, reliable);
        nextNanos = suitor.clock.nanos() + suitor.settings.agentUpdateMillis() * 1_000_000L;
    }
}
