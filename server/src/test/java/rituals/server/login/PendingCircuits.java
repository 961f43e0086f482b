package rituals.server.login;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * Circuits provisioned at login that have not yet seen their UseCircuitCode. The UDP side {@link #claim}s one when
 * UseCircuitCode arrives; one left unclaimed for the expiry time is dropped by {@link #expireDue} with a log line
 * and a {@code CIRCUIT EXPIRE} probe, and handed to the expiry listener (which closes its capabilities).
 * Thread-safe.
 */
public final class PendingCircuits {
    private static final Logger LOG = Logger.getLogger(PendingCircuits.class.getName());

    private record Pending(Provision provision, long sinceNanos) {}

    private final Duration expiry;
    private final Clock clock;
    private final Probe probe;
    private final Consumer<Provision> onExpire;
    private final Map<Integer, Pending> byCode = new ConcurrentHashMap<>();

    public PendingCircuits(Duration expiry, Clock clock, Probe probe, Consumer<Provision> onExpire) {
        this.expiry = expiry;
        this.clock = clock;
        this.probe = probe;
        this.onExpire = onExpire;
    }

    public Duration expiry() {
        return expiry;
    }

    /** Adds a provisioned circuit, timed from now. */
    public void add(Provision p) {
        byCode.put(p.circuitCode(), new Pending(p, clock.nanos()));
    }

    /** Takes the pending circuit with this code (UseCircuitCode arrived); the caller checks the ids. */
    public Optional<Provision> claim(int circuitCode) {
        return Optional.ofNullable(byCode.remove(circuitCode)).map(Pending::provision);
    }

    /** The agent's pending circuit, if any. */
    public Optional<Provision> byAgent(UUID agentId) {
        return byCode.values().stream()
                .map(Pending::provision)
                .filter(p -> p.agentId().equals(agentId))
                .findFirst();
    }

    /** Drops the agent's pending circuit without expiring it (a kick); true if there was one. */
    public boolean remove(UUID agentId) {
        return byCode.values().removeIf(p -> p.provision().agentId().equals(agentId));
    }

    /** Expires every circuit older than the expiry time and returns them. */
    public List<Provision> expireDue() {
        long now = clock.nanos();
        List<Provision> expired = new ArrayList<>();
        for (Pending p : byCode.values()) {
            long waited = now - p.sinceNanos();
            if (waited >= expiry.toNanos() && byCode.remove(p.provision().circuitCode(), p)) {
                expired.add(p.provision());
                report(p.provision(), waited / 1_000_000);
            }
        }
        return expired;
    }

    private void report(Provision p, long waitedMs) {
        LOG.info(() -> "[LOGIN]: Circuit " + p.circuitCode() + " of " + p.agentName()
                + " expired: no UseCircuitCode within " + expiry.toMillis() + " ms");
        if (probe.on()) {
            probe.emit(Channel.CIRCUIT, Verb.EXPIRE, "", -1, "Circuit", p.circuitCode(), "User", p.agentName(),
                    "WaitedMs", waitedMs, "LimitMs", expiry.toMillis());
        }
        onExpire.accept(p);
    }
}
