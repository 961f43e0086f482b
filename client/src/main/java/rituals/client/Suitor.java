package rituals.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import rituals.client.login.LoginClient;
import rituals.client.login.LoginOutcome;
import rituals.client.udp.ClientCircuit;
import rituals.client.udp.UdpLink;
import rituals.client.udp.UdpReceiver;
import rituals.client.world.HeightMap;
import rituals.protocol.login.LoginSuccess;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.udp.Packet;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Scope;
import rituals.trace.Verb;

/**
 * One simulated agent's session, behaving as LibreMetaverse does: it logs in (identity, start location, scenario),
 * then talks to one or more {@link Simulator}s over its one UDP socket, the first of them the root, where the agent
 * stands. With the root it opens the circuit (UseCircuitCode, resent until acked), sends CompleteAgentMovement once
 * acked, answers RegionHandshake, keeps the heartbeat, posts the seed capability and polls the event queue, takes in
 * terrain and objects, and notices when the sim closes the circuit, kicks it or falls silent. Each datagram goes to
 * the simulator whose endpoint sent it. All its state lives on the runtime's loop thread; every public method may be
 * called from any thread and returns a future that completes on the loop.
 *
 * <p>A scenario steers it: {@link #heartbeat(boolean)} stops or restarts AgentUpdate, {@link #silent(boolean)} stops
 * every transmission, {@link #logout()} says goodbye, {@link #leave(String)} walks away without a word.
 */
public final class Suitor {
    final ClientRuntime runtime;
    final Credentials credentials;
    final SuitorSettings settings;
    /**
     * The session's probe: narrowed to the agent, and to its circuit once the login names them (see
     * {@link #loggedIn}); each simulator narrows its own to its region.
     */
    Probe probe;
    final Clock clock;
    final String mode;
    /** The root simulator's milestones, which are the ritual's. */
    final Milestones milestones;
    final Simulators simulators = new Simulators();
    final Heartbeat heartbeat;

    LoginOutcome login;
    /** Null until a successful login. */
    Agent agent;
    /** The agent's one socket, shared by its simulators; null until the circuit opens. */
    UdpLink link;
    ScheduledFuture<?> ticker;
    ScheduledFuture<?> logoutDeadline;
    boolean loggingOut;
    boolean silent;
    long malformed;

    /**
     * @param mode the scenario's name, for the LOGIN START probe
     */
    public Suitor(ClientRuntime runtime, Credentials credentials, SuitorSettings settings, Probe probe, String mode) {
        this.runtime = runtime;
        this.credentials = credentials;
        this.settings = settings;
        this.probe = probe.scoped(Scope.NONE.ofAgent(credentials.user(), null));
        this.clock = runtime.clock();
        this.mode = mode;
        this.milestones = new Milestones(clock);
        this.heartbeat = new Heartbeat(this);
    }

    /** Logs in. Never fails: a refusal or an HTTP problem is a failed {@link LoginOutcome} (and ends the suitor). */
    public CompletableFuture<LoginOutcome> login() {
        return onLoop(() -> {
            milestones.loginStarted();
            if (probe.on()) {
                probe.emit(Channel.LOGIN, Verb.START, "", -1, "URI", credentials.loginUri(), "User",
                        credentials.user(), "Mode", mode);
            }
            return new LoginClient(runtime.http(), Duration.ofMillis(settings.loginTimeoutMillis()), runtime.loop())
                    .login(credentials.loginUri(), credentials.format(), credentials.first(), credentials.last(),
                            credentials.password(), settings.start())
                    .thenApplyAsync(this::loggedIn, runtime.loop());
        }).thenCompose(f -> f);
    }

    private LoginOutcome loggedIn(LoginOutcome outcome) {
        login = outcome;
        milestones.mark(Phase.LOGIN_REPLY);
        if (outcome.success()) {
            LoginSuccess r = outcome.reply();
            agent = Agent.of(r);
            milestones.reach(milestones.loginAccepted);
            probe = probe.scoped(Scope.NONE.ofAgent(credentials.user(), r.agentId())
                    .onCircuit(Integer.toUnsignedLong(r.circuitCode())));
            if (probe.on()) {
                probe.emit(Channel.LOGIN, Verb.PROGRESS, "ConnectingToSim", -1, "Message", r.message(), "Circuit",
                        r.circuitCode(), "Sim", r.region().simIp() + ":" + r.region().simPort());
            }
        } else {
            if (probe.on()) {
                probe.emit(Channel.LOGIN, Verb.FAILED, "", -1, "Reason", outcome.reason(), "Message",
                        outcome.message());
            }
            end(Ending.Reason.LOGIN_FAILED, outcome.reason() + ": " + outcome.message());
        }
        return outcome;
    }

    /** Opens the circuit with the circuit code the login handed out. */
    public CompletableFuture<Long> connect() {
        return onLoop(() -> Integer.toUnsignedLong(login.reply().circuitCode())).thenCompose(this::connect);
    }

    /**
     * Opens the root simulator's circuit with {@code code} (an impostor passes a wrong one): UseCircuitCode, resent
     * until acked; once acked, CompleteAgentMovement. The future completes when UseCircuitCode is acked; it never
     * completes if that never happens, so callers bound it with {@link #within}.
     */
    public CompletableFuture<Long> connect(long code) {
        return onLoop(() -> {
            if (login == null || !login.success()) {
                throw new IllegalStateException("connect() needs a successful login first");
            }
            if (!simulators.isEmpty() || milestones.ended.isDone()) {
                return milestones.circuitAcked;
            }
            LoginSuccess r = login.reply();
            try {
                link = runtime.udp().open(inbound());
            } catch (IOException e) {
                end(Ending.Reason.LEFT, "cannot open a UDP socket: " + e.getMessage());
                return milestones.circuitAcked;
            }
            InetSocketAddress sim = new InetSocketAddress(r.region().simIp(), r.region().simPort());
            add(new Simulator(this, sim, r.regionHandle(), r.region().seedCapability(), settings.regionSize(),
                    milestones)).open(code);
            ticker = runtime.loop().scheduleAtFixedRate(this::tick, settings.tickMillis(), settings.tickMillis(),
                    TimeUnit.MILLISECONDS);
            return milestones.circuitAcked;
        }).thenCompose(f -> f);
    }

    /**
     * Connects to one more simulator at {@code endpoint} with the login's circuit code, as a child agent: what an
     * EnableSimulator event asks. Its milestones are its own; the root stays where the agent stands. Call on the
     * loop, with the root connected.
     *
     * @param seed the simulator's seed capability, or null when it is not known yet
     */
    Simulator addSimulator(InetSocketAddress endpoint, long handle, URI seed, int regionSize) {
        if (simulators.isEmpty() || milestones.ended.isDone()) {
            throw new IllegalStateException("a further simulator needs the root's circuit open and the session on");
        }
        Simulator child = add(new Simulator(this, endpoint, handle, seed, regionSize, milestones.sameTimebase()));
        child.open(Integer.toUnsignedLong(login.reply().circuitCode()));
        return child;
    }

    private Simulator add(Simulator simulator) {
        simulators.add(simulator);
        link.admit(simulator.endpoint); // before the first send, so the answer is heard
        return simulator;
    }

    /** What the receive thread hands over: one hop onto the loop per datagram, routed there by its endpoint. */
    private UdpReceiver.Inbound inbound() {
        return new UdpReceiver.Inbound() {
            @Override
            public void packet(InetSocketAddress from, Packet packet, int size) {
                runtime.loop().execute(() -> received(from, packet, size));
            }

            @Override
            public void malformed(InetSocketAddress from, int size, RuntimeException error) {
                runtime.loop().execute(() -> malformed++);
            }
        };
    }

    private void received(InetSocketAddress from, Packet packet, int size) {
        if (milestones.ended.isDone()) {
            return;
        }
        Simulator sim = simulators.at(from);
        if (sim != null) { // null: a simulator dropped while its datagram was on the way
            sim.receive(packet, size);
        }
    }

    private void tick() {
        if (milestones.ended.isDone()) {
            return;
        }
        for (Simulator sim : simulators.all()) {
            sim.circuit.tick();
        }
        heartbeat.tick();
        long limit = settings.simulatorTimeoutMillis() * 1_000_000L;
        for (Simulator sim : simulators.all()) {
            long silence = sim.silenceBeyond(limit);
            if (silence >= 0) {
                closed(sim, Ending.Reason.SILENCE, "no datagram from the sim for " + silence / 1_000_000L + " ms");
                return; // the set may have changed; the next tick looks again
            }
        }
    }

    /**
     * {@code sim} is gone (DisableSimulator, or silence): for the root that ends the session, as LibreMetaverse
     * disconnects when its current sim does; another simulator is closed and dropped alone.
     */
    void closed(Simulator sim, Ending.Reason reason, String detail) {
        if (sim.isRoot()) {
            end(reason, detail);
            return;
        }
        sim.close(reason, detail);
        simulators.remove(sim);
        link.dismiss(sim.endpoint);
    }

    /** Starts or stops the AgentUpdate heartbeat (on by default once the agent has arrived). */
    public CompletableFuture<Void> heartbeat(boolean on) {
        return onLoop(() -> {
            heartbeat.enabled(on);
            return null;
        });
    }

    /**
     * Stops (or resumes) every transmission on every simulator's circuit, and on any opened later: no AgentUpdate, no
     * acks, no ping answers, no resends.
     */
    public CompletableFuture<Void> silent(boolean on) {
        return onLoop(() -> {
            silent = on;
            for (Simulator sim : simulators.all()) {
                sim.circuit.silent(on);
            }
            return null;
        });
    }

    /**
     * Logs out as LibreMetaverse does: LogoutRequest (reliable) to the root simulator, then waits for LogoutReply up
     * to the logout timeout, then CloseCircuit. The future is the ending.
     */
    public CompletableFuture<Ending> logout() {
        return logout(Duration.ofMillis(settings.logoutTimeoutMillis()));
    }

    /**
     * Logs out as {@link #logout()} does, waiting at most {@code limit} for LogoutReply (a run interrupted by Ctrl-C
     * has only a few seconds). A logout already under way keeps its own deadline.
     */
    public CompletableFuture<Ending> logout(Duration limit) {
        return onLoop(() -> {
            Simulator root = simulators.root();
            if (!milestones.ended.isDone() && root != null && !loggingOut) {
                loggingOut = true;
                root.circuit.send(LogoutRequest.of(agent.id(), agent.sessionId()), true);
                long ms = limit.toMillis();
                logoutDeadline = runtime.loop().schedule(
                        () -> end(Ending.Reason.LOGOUT_TIMEOUT, "no LogoutReply within " + ms + " ms"), ms,
                        TimeUnit.MILLISECONDS);
            } else if (!milestones.ended.isDone() && root == null) {
                end(Ending.Reason.LEFT, "logged out before opening a circuit");
            }
            return milestones.ended;
        }).thenCompose(f -> f);
    }

    /** Walks away without a word: closes the socket, stops polling, sends nothing. */
    public CompletableFuture<Ending> leave(String why) {
        return onLoop(() -> {
            end(Ending.Reason.LEFT, why);
            return milestones.ended;
        }).thenCompose(f -> f);
    }

    /**
     * Ends the ritual once: stops the timers and every simulator's event queue, says goodbye where LibreMetaverse
     * would, and closes the socket.
     */
    void end(Ending.Reason reason, String detail) {
        if (milestones.ended.isDone()) {
            return;
        }
        milestones.mark(Phase.END);
        if (ticker != null) {
            ticker.cancel(false);
        }
        if (logoutDeadline != null) {
            logoutDeadline.cancel(false); // a crowd logs out together: don't keep thousands queued on the loop
        }
        for (Simulator sim : simulators.all()) {
            sim.close(reason, detail);
        }
        if (link != null) {
            link.close();
        }
        milestones.ended.complete(new Ending(reason, detail, milestones.sinceLogin()));
    }

    /** Milliseconds since the login request: the timebase of every phase and ending. */
    public long sinceLogin() {
        return milestones.sinceLogin();
    }

    /** Completes when a successful login reply arrives, with the time (ms from the login request). */
    public CompletableFuture<Long> loginAccepted() {
        return milestones.loginAccepted;
    }

    /** Completes when UseCircuitCode has been acked, with the time (ms from the login request). */
    public CompletableFuture<Long> circuitAcked() {
        return milestones.circuitAcked;
    }

    /** Completes when RegionHandshake arrives (and has been answered), with the time. */
    public CompletableFuture<Long> regionHandshake() {
        return milestones.regionHandshake;
    }

    /** Completes when AgentMovementComplete arrives (the agent is in the region), with the time. */
    public CompletableFuture<Long> agentMovementComplete() {
        return milestones.movementComplete;
    }

    /** Completes when every land patch of the region has arrived, with the time. */
    public CompletableFuture<Long> terrainComplete() {
        return milestones.terrainComplete;
    }

    /** Completes when the seed granted EventQueueGet and the first poll went out, with the time. */
    public CompletableFuture<Long> eventQueuePolling() {
        return milestones.eventQueuePolling;
    }

    /** Completes once, when the ritual ends for any reason. */
    public CompletableFuture<Ending> ended() {
        return milestones.ended;
    }

    /**
     * The probe for the scenario's BEHAVIOR notes (emit them on the loop, see {@link #onLoop}): the root simulator's
     * once there is one, so a note names the region the agent stands in.
     */
    public Probe probe() {
        Simulator root = simulators.root();
        return root == null ? probe : root.probe;
    }

    /** Completes after {@code delay}, on the loop. */
    public CompletableFuture<Void> after(Duration delay) {
        return runtime.after(delay);
    }

    /** {@code future}'s value if it completes within {@code limit}, else empty; completes on the loop. */
    public <T> CompletableFuture<Optional<T>> within(CompletableFuture<T> future, Duration limit) {
        return runtime.within(future, limit);
    }

    /** Runs {@code action} on the loop thread (at once when already there). */
    public <T> CompletableFuture<T> onLoop(Supplier<T> action) {
        return runtime.onLoop(action);
    }

    /** Where the ritual stands now, cheaply (nothing copied): for a live progress line. */
    public CompletableFuture<SuitorProgress> progress() {
        return onLoop(() -> {
            Simulator root = simulators.root();
            ClientCircuit c = root == null ? null : root.circuit;
            return new SuitorProgress(milestones.latest(), milestones.sinceLogin(), c == null ? 0 : c.datagramsSent(),
                    c == null ? 0 : c.datagramsReceived());
        });
    }

    /** A snapshot of everything seen so far: the session's, and the root simulator's region, land and traffic. */
    public CompletableFuture<SuitorReport> report() {
        return onLoop(() -> {
            Simulator root = simulators.root();
            if (root == null) {
                return new SuitorReport(login, milestones.phases, milestones.ended.getNow(null), "",
                        new HeightMap(settings.regionSize()), List.of(), Map.of(), 0, List.of(), 0, 0, 0, malformed);
            }
            ClientCircuit c = root.circuit;
            return new SuitorReport(login, milestones.phases, milestones.ended.getNow(null), root.name,
                    root.terrain.copy(), root.objects.list(), root.caps.granted(), root.caps.eventQueueReplies(),
                    root.caps.events(), c.datagramsSent(), c.datagramsReceived(), c.resends(), malformed);
        });
    }
}
