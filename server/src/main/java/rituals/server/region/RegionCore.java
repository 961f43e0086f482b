package rituals.server.region;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import rituals.protocol.message.DisableSimulator;
import rituals.protocol.message.Message;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.terrain.LayerBlob;
import rituals.protocol.types.Vector3;
import rituals.protocol.udp.PacketCodec;
import rituals.server.config.IdSource;
import rituals.server.log.LogLimiter;
import rituals.server.log.TraceBudget;
import rituals.server.udp.Category;
import rituals.server.udp.DatagramSink;
import rituals.server.udp.DropCounters;
import rituals.server.udp.DropReason;
import rituals.server.udp.Inbound;
import rituals.protocol.udp.PacketFacts;
import rituals.server.udp.ServerCircuit;
import rituals.server.world.World;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Verb;

/**
 * The state the region loop thread owns: provisioned circuits, open sessions by endpoint and by agent, and the
 * world. Routes each inbound datagram (UseCircuitCode opens a circuit; anything else needs one), runs the timers on
 * each tick, and frees everything of an agent when its circuit closes.
 */
final class RegionCore implements RegionContext {
    private static final System.Logger LOG = System.getLogger(RegionCore.class.getName());

    private final RegionSettings settings;
    private final PacketCodec codec;
    private final DatagramSink sink;
    private final Probe probe;
    private final World world;
    private final IdSource ids;
    private final RegionListener listener;
    private final DropCounters drops;
    private final PhaseDrops phaseDrops = new PhaseDrops();
    private final SessionHandlers handlers;
    /** Lines about unknown circuit codes: anyone can send them, so one line per 10 s says how many there were. */
    private final LogLimiter unknownCodeLog = new LogLimiter(10_000);
    /** Trace events for datagrams from endpoints without a circuit: the first 20 per 10 s, then a count. */
    private final TraceBudget strangerTrace = new TraceBudget(10_000, STRANGER_TRACE_BURST);
    static final int STRANGER_TRACE_BURST = 20;
    // Provisions are written by HTTP threads (login) and read and retired by the loop: a login never waits for the
    // loop, which at a few thousand agents is busy with their datagrams.
    private final Map<Integer, PendingCircuit> pendingByCode = new ConcurrentHashMap<>();
    private final Map<UUID, PendingCircuit> pendingByAgent = new ConcurrentHashMap<>();
    private final Set<UUID> seededEarly = new HashSet<>();
    private final Map<InetSocketAddress, AgentSession> byEndpoint = new HashMap<>();
    /** Written by the loop only; concurrent so that login can ask whether an agent is here. */
    private final Map<UUID, AgentSession> byAgent = new ConcurrentHashMap<>();

    /** @param grid every region of the venue, this one included (the world map) */
    RegionCore(RegionSettings settings, List<RegionSettings> grid, PacketCodec codec, DatagramSink sink, Probe probe,
            World world, IdSource ids, RegionListener listener, DropCounters drops, List<LayerBlob> terrain,
            Clock clock) {
        this.settings = settings;
        this.codec = codec;
        this.sink = sink;
        this.probe = probe;
        this.world = world;
        this.ids = ids;
        this.listener = listener;
        this.drops = drops;
        this.handlers = new SessionHandlers(this, new SceneMessages(settings, ids.uuid()),
                new RegionReplies(settings, grid), terrain, clock);
    }

    /** A reserved circuit, and the unused one it replaced for the same agent (null if none). */
    record Reservation(PendingCircuit fresh, PendingCircuit replaced) {}

    /** Reserves a circuit; called on an HTTP thread. The caller retires a replaced provision on the loop. */
    Reservation provision(UUID agentId, String first, String last, String remoteIp, Optional<Vector3> wanted,
            long now) {
        Vector3 at = wanted.map(world::landing).orElseGet(world::startPosition);
        PendingCircuit pending;
        do {
            Provision p = new Provision(ids.circuitCode(), agentId, ids.uuid(), ids.uuid(), ids.uuid(), at,
                    World.LOOK_EAST);
            pending = new PendingCircuit(p, first, last, remoteIp, now);
        } while (pendingByCode.putIfAbsent(pending.provision().circuitCode(), pending) != null);
        PendingCircuit old = pendingByAgent.put(agentId, pending);
        if (old != null) {
            pendingByCode.remove(old.provision().circuitCode(), old);
        }
        return new Reservation(pending, old);
    }

    /** A provision replaced by a newer login of the same agent: its caps go with it. */
    void replaced(PendingCircuit old) {
        seededEarly.remove(old.provision().agentId());
        listener.agentLeft(old.provision().agentId(), old.provision().sessionId(), "replaced");
    }

    /** Whether the agent holds a circuit or an unused provision here; any thread. */
    boolean isPresent(UUID agentId) {
        return pendingByAgent.containsKey(agentId) || byAgent.containsKey(agentId);
    }

    PendingCircuit pendingOf(UUID agentId) {
        return pendingByAgent.get(agentId);
    }

    void onInbound(Inbound in, long now) {
        AgentSession session = byEndpoint.get(in.from());
        Message m = in.packet().message();
        if (m instanceof UseCircuitCode u && (session == null || !session.hasCode(u.circuitCode().code()))) {
            useCircuitCode(in, u, now);
            return;
        }
        if (session == null) {
            drop(DropReason.NO_CIRCUIT, in, m.getClass().getSimpleName() + " from an endpoint with no circuit",
                    strangerTrace.admit(probe, now));
            return;
        }
        switch (session.circuit.receive(in.packet(), in.size(), now)) {
            case BAD_IDS -> drop(DropReason.BAD_IDS, in, m.getClass().getSimpleName() + " names another agent or "
                    + "session than " + session.name() + "'s circuit");
            case DUPLICATE -> drop(DropReason.DUPLICATE, in, "sequence " + Integer.toUnsignedString(
                    in.packet().sequence()));
            case HANDLED -> { }
            case ACCEPT -> {
                if (handlers.handle(session, m, now) == HandlerTable.Outcome.WRONG_PHASE) {
                    wrongPhase(session, in, m);
                }
            }
        }
    }

    /** A message its session's phase does not expect: acked (the circuit took it) but not acted on. */
    private void wrongPhase(AgentSession s, Inbound in, Message m) {
        drops.count(DropReason.WRONG_PHASE);
        phaseDrops.count(m.getClass(), s.phase);
        if (probe.on()) {
            String name = m.getClass().getSimpleName();
            s.circuit.probe().emit(Channel.UDP, Verb.DROP, DropReason.WRONG_PHASE.wire(), in.size(), "Endpoint",
                    in.from(), "Detail", name + " while " + s.phase.wire(), "Message", name, "Phase", s.phase.wire(),
                    "User", s.name());
        }
        LOG.log(System.Logger.Level.DEBUG, () -> "[LLUDPSERVER]: Dropped " + m.getClass().getSimpleName() + " from "
                + s.name() + " in " + settings.name() + ": not expected while " + s.phase.wire());
    }

    private void drop(DropReason reason, Inbound in, String detail) {
        drop(reason, in, detail, probe);
    }

    private void drop(DropReason reason, Inbound in, String detail, Probe probe) {
        drops.count(reason);
        if (probe.on()) {
            probe.emit(Channel.UDP, Verb.DROP, reason.wire(), in.size(), "Endpoint", in.from(), "Detail", detail);
        }
    }

    private void useCircuitCode(Inbound in, UseCircuitCode u, long now) {
        UseCircuitCode.CircuitCode cc = u.circuitCode();
        PendingCircuit pending = cc.code() > Integer.MAX_VALUE ? null : pendingByCode.get((int) cc.code());
        boolean genuine = pending != null && pending.provision().sessionId().equals(cc.sessionID())
                && pending.provision().agentId().equals(cc.id());
        // A genuine ticket is always traced; a forged one only within the strangers' budget.
        Probe seen = genuine ? probe : strangerTrace.admit(probe, now);
        // Scoped to the circuit and agent the datagram claims (the facts say the same), named once the claim holds.
        Probe claimed = seen.onCircuit(cc.code(), genuine ? pending.name() : "", cc.id());
        if (seen.on()) {
            claimed.emit(Channel.UDP, Verb.RECV, "UseCircuitCode", in.size(), PacketFacts.of(in.packet()));
        }
        // Acked before validation, with sequence 0, as OpenSim does: a client learns nothing from the ack.
        ServerCircuit.sendImmediateAck(codec, sink, in.from(), in.packet().sequence(), claimed);
        if (!genuine) {
            long held = unknownCodeLog.admit(now);
            if (held >= 0) {
                LOG.log(System.Logger.Level.WARNING, "[LLUDPSERVER]: Ignoring connection request for " + cc.id()
                        + " to " + settings.name() + " with unknown circuit code " + cc.code() + " from IP "
                        + in.from() + LogLimiter.heldBack(held));
            }
            drop(DropReason.UNKNOWN_CIRCUIT_CODE, in, "circuit code " + cc.code() + " for agent " + cc.id(), seen);
            return;
        }
        if (!in.from().getAddress().getHostAddress().equals(pending.loginIp())) {
            // OpenSim accepts this too (NAT, several interfaces) and only notes it.
            LOG.log(System.Logger.Level.DEBUG, "[LLUDPSERVER]: " + pending.name() + " logged in from "
                    + pending.loginIp() + " but opens its circuit from " + in.from());
        }
        pendingByCode.remove((int) cc.code(), pending);
        pendingByAgent.remove(cc.id(), pending);
        AgentSession previous = byAgent.get(cc.id());
        if (previous != null) {
            close(previous, "replaced", now);
        }
        AgentSession atEndpoint = byEndpoint.get(in.from());
        if (atEndpoint != null) {
            // A valid new circuit from an endpoint we still hold: the old peer is gone and its port was given to a
            // new socket (its CloseCircuit lost, or it never said goodbye). Without this the newcomer's datagrams
            // would feed the old circuit until the silence timeout.
            close(atEndpoint, "endpoint reused", now);
        }
        ServerCircuit circuit = new ServerCircuit(in.from(), cc.id(), cc.sessionID(), codec, sink, settings.circuit(),
                probe.onCircuit(cc.code(), pending.name(), cc.id()), drops, ids.sequenceStart(), in.size(), now);
        AgentSession session = new AgentSession(pending, circuit, seededEarly.remove(cc.id()), now);
        byEndpoint.put(in.from(), session);
        byAgent.put(cc.id(), session);
        if (probe.on()) {
            circuit.probe().emit(Channel.CIRCUIT, Verb.OPEN, "", -1, "Circuit", cc.code(), "User", pending.name(), "Endpoint",
                    in.from());
        }
        LOG.log(System.Logger.Level.INFO, "[LLUDPSERVER]: Opened circuit " + cc.code() + " for " + pending.name()
                + " from " + in.from() + " in " + settings.name());
    }

    void seedServed(UUID agentId, long now) {
        AgentSession s = byAgent.get(agentId);
        if (s != null) {
            s.seedServed = true;
            handlers.sendSceneIfReady(s, now);
        } else if (pendingByAgent.containsKey(agentId)) {
            seededEarly.add(agentId);
        }
    }

    /**
     * Kicks the agent's open session (closes it at once if it is already leaving), or drops {@code pending}, the
     * unused provision it had when the kick was asked for (a newer login's provision may have arrived since, and
     * stays).
     */
    void kick(UUID agentId, PendingCircuit pending, String reason, long now) {
        AgentSession s = byAgent.get(agentId);
        if (s != null && s.phase == Phase.LEAVING) {
            close(s, "replaced", now); // already leaving (logged out, its last words unacked): no KickUser to add
            return;
        }
        if (s != null) {
            handlers.kick(s, reason, now);
            return;
        }
        if (pending != null && pendingByAgent.remove(agentId, pending)) {
            pendingByCode.remove(pending.provision().circuitCode(), pending);
            seededEarly.remove(agentId);
            listener.agentLeft(agentId, pending.provision().sessionId(), "kicked");
        }
    }

    void tick(long now) {
        expirePending(now);
        // No copy of the sessions each tick: a concurrent map's iteration tolerates the closes the loop makes.
        for (AgentSession s : byAgent.values()) {
            if (!handlers.tick(s, now)) {
                s.circuit.tick(now);
            }
        }
        handlers.coarseLocations(now);
    }

    private void expirePending(long now) {
        long limit = settings.circuitExpiry().toNanos();
        Iterator<PendingCircuit> it = pendingByCode.values().iterator();
        while (it.hasNext()) {
            PendingCircuit p = it.next();
            long waited = now - p.provisionedNanos();
            if (waited <= limit) {
                continue;
            }
            it.remove();
            UUID agent = p.provision().agentId();
            pendingByAgent.remove(agent, p);
            seededEarly.remove(agent);
            listener.agentLeft(agent, p.provision().sessionId(), "expired");
            if (probe.on()) {
                probe.onCircuit(p.provision().circuitCode(), p.name(), agent).emit(Channel.CIRCUIT, Verb.EXPIRE, "", -1, "Circuit", p.provision().circuitCode(), "User",
                        p.name(), "WaitedMs", waited / 1_000_000, "LimitMs", limit / 1_000_000);
            }
            LOG.log(System.Logger.Level.WARNING, "[LLUDPSERVER]: Circuit " + p.provision().circuitCode() + " for "
                    + p.name() + " expired in " + settings.name() + ": no UseCircuitCode within " + limit / 1_000_000
                    + "ms");
        }
    }

    /** Frees everything of the agent: circuit, avatar, interest entries; tells the listener. */
    @Override
    public void close(AgentSession s, String reason, long now) {
        if (byAgent.get(s.agentId()) != s) {
            return;
        }
        s.circuit.flushAcks(now);
        s.phase = Phase.CLOSED;
        byAgent.remove(s.agentId());
        byEndpoint.remove(s.circuit.endpoint());
        if (s.avatar != null) {
            world.removeAvatar(s.agentId());
            for (UUID watcher : s.knownBy) {
                AgentSession other = byAgent.get(watcher);
                if (other != null) {
                    other.knownAvatars.remove(s.agentId());
                }
            }
        }
        listener.agentLeft(s.agentId(), s.sessionId(), reason); // before the probe: CLOSE means everything is freed
        if (probe.on()) {
            s.circuit.probe().emit(Channel.CIRCUIT, Verb.CLOSE, "", -1, "User", s.name(), "Reason", reason, "DurationMs",
                    (now - s.openedNanos) / 1_000_000);
        }
        LOG.log(System.Logger.Level.INFO, "[CLIENT]: Close has been called for " + s.name() + " attached to scene "
                + settings.name() + " (" + reason + ")");
    }

    /** Every circuit is told DisableSimulator and closed. */
    void shutdown(long now) {
        for (AgentSession s : new ArrayList<>(byAgent.values())) {
            s.circuit.send(new DisableSimulator(), true, Category.UNTHROTTLED, now);
            close(s, "shutdown", now);
        }
    }

    /** The open sessions, for the operator's console; on the loop thread. */
    List<AgentSnapshot> snapshot(long now) {
        List<AgentSnapshot> out = new ArrayList<>(byAgent.size());
        for (AgentSession s : byAgent.values()) {
            out.add(new AgentSnapshot(s.name(), s.agentId(), settings.name(), s.phase.wire(),
                    (now - s.openedNanos) / 1_000_000, s.circuit.stats()));
        }
        return out;
    }

    int sessionCount() {
        return byAgent.size();
    }

    PhaseDrops phaseDrops() {
        return phaseDrops;
    }

    /** Open sessions and unused provisions; any thread. */
    int agentCount() {
        return byAgent.size() + pendingByAgent.size();
    }

    @Override
    public RegionSettings settings() {
        return settings;
    }

    @Override
    public World world() {
        return world;
    }

    @Override
    public RegionListener listener() {
        return listener;
    }

    @Override
    public Probe probe() {
        return probe;
    }

    @Override
    public PacketCodec codec() {
        return codec;
    }

    @Override
    public AgentSession session(UUID agentId) {
        return byAgent.get(agentId);
    }

    @Override
    public Collection<AgentSession> sessions() {
        return byAgent.values();
    }
}
