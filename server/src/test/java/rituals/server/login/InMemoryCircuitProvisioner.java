package rituals.server.login;

import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import rituals.protocol.types.Vector3;
import rituals.server.account.Account;
import rituals.server.caps.CapsRegistry;
import rituals.server.config.IdSource;

/**
 * A region stand-in without UDP: provisions circuits into {@link PendingCircuits} and expires them on a timer. It is
 * what the login and caps tests run against, and what a region implementation can delegate its bookkeeping to.
 */
public final class InMemoryCircuitProvisioner implements CircuitProvisioner {
    private static final Logger LOG = Logger.getLogger(InMemoryCircuitProvisioner.class.getName());
    /** The region centre, a little above flat ground, facing east: where an agent without a start position lands. */
    public static final Vector3 DEFAULT_POSITION = new Vector3(128, 128, 25);
    public static final Vector3 DEFAULT_LOOK_AT = new Vector3(1, 0, 0);

    private final IdSource ids;
    private final PendingCircuits pending;
    private final ScheduledExecutorService timer;
    private final int udpPort;

    public InMemoryCircuitProvisioner(IdSource ids, PendingCircuits pending, ScheduledExecutorService timer, int udpPort) {
        this.ids = ids;
        this.pending = pending;
        this.timer = timer;
        this.udpPort = udpPort;
    }

    @Override
    public Provision provision(Account account, StartLocation start, String remoteIp) {
        Provision p = new Provision(
                ids.circuitCode(),
                account.agentId(),
                account.name(),
                ids.uuid(),
                ids.uuid(),
                CapsRegistry.seedPath(ids.uuid()),
                start.position().orElse(DEFAULT_POSITION),
                DEFAULT_LOOK_AT,
                new Destination("Default Region", 256_000, 256_000, 256, 256, "127.0.0.1", udpPort, start.kind(), ""));
        pending.add(p);
        timer.schedule(pending::expireDue, pending.expiry().toNanos(), TimeUnit.NANOSECONDS);
        return p;
    }

    @Override
    public boolean isInRegion(UUID agentId) {
        return pending.byAgent(agentId).isPresent();
    }

    @Override
    public void kick(UUID agentId, String reason) {
        if (pending.remove(agentId)) {
            LOG.info(() -> "[LOGIN]: Dropped the pending circuit of agent " + agentId + ": " + reason);
        }
    }

    public PendingCircuits pending() {
        return pending;
    }
}
