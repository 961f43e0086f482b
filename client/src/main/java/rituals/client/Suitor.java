package rituals.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import rituals.client.login.LoginClient;
import rituals.client.login.LoginOutcome;
import rituals.protocol.login.LoginSuccess;
import rituals.client.udp.ClientCircuit;
import rituals.client.udp.UdpLink;
import rituals.client.udp.UdpReceiver;
import rituals.client.world.HeightMap;
import rituals.client.world.SceneObjects;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.udp.Packet;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Scope;
import rituals.trace.Verb;

/**
 * One simulated agent, behaving as LibreMetaverse does: it logs in, opens the circuit (UseCircuitCode, resent until
 * acked), sends CompleteAgentMovement once acked, answers RegionHandshake, keeps the heartbeat, posts the seed
 * capability and polls the event queue, takes in terrain and objects, and notices when the sim closes the circuit,
 * kicks it or falls silent. All its state lives on the runtime's loop thread; every public method may be called from
 * any thread and returns a future that completes on the loop.
 *
 * <p>A scenario steers it: {@link #heartbeat(boolean)} stops or restarts AgentUpdate, {@link #silent(boolean)} stops
 * every transmission, {@link #logout()} says goodbye, {@link #leave(String)} walks away without a word.
 */
public final class Suitor {
    final ClientRuntime runtime;
    final Credentials credentials;
    final SuitorSettings settings;
    /** Narrowed to the agent and circuit once the login names them (see {@link #loggedIn}). */
    Probe probe;
    final Clock clock;
    final String mode;

    final CompletableFuture<Long> loginAccepted = new CompletableFuture<>();
    final CompletableFuture<Long> circuitAcked = new CompletableFuture<>();
    final CompletableFuture<Long> regionHandshake = new CompletableFuture<>();
    final CompletableFuture<Long> movementComplete = new CompletableFuture<>();
    final CompletableFuture<Long> terrainComplete = new CompletableFuture<>();
    final CompletableFuture<Long> eventQueuePolling = new CompletableFuture<>();
    final CompletableFuture<Ending> ended = new CompletableFuture<>();

    long loginStartNanos;
    final Map<Phase, Long> phases = new EnumMap<>(Phase.class);
    LoginOutcome login;
    UdpLink link;
    ClientCircuit circuit;
    long circuitOpenedNanos;
    int useCircuitCodeSequence = -1;
    long circuitCode;
    ScheduledFuture<?> ticker;
    ScheduledFuture<?> logoutDeadline;
    final Heartbeat heartbeat;
    final Arrivals arrivals;
    final Capabilities caps;
    final HeightMap terrain;
    final SceneObjects objects = new SceneObjects();
    String regionName = "";
    long malformed;
    boolean loggingOut;

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
        this.terrain = new HeightMap(settings.regionSize());
        this.heartbeat = new Heartbeat(this);
        this.arrivals = new Arrivals(this);
        this.caps = new Capabilities(this);
    }

    /** Logs in. Never fails: a refusal or an HTTP problem is a failed {@link LoginOutcome} (and ends the suitor). */
    public CompletableFuture<LoginOutcome> login() {
        return onLoop(() -> {
            loginStartNanos = clock.nanos();
            if (probe.on()) {
                probe.emit(Channel.LOGIN, Verb.START, "", -1, "URI", credentials.loginUri(), "User", credentials.user(),
                        "Mode", mode);
            }
            return new LoginClient(runtime.http(), Duration.ofMillis(settings.loginTimeoutMillis()), runtime.loop())
                    .login(credentials.loginUri(), credentials.format(), credentials.first(), credentials.last(),
                            credentials.password(), credentials.start())
                    .thenApplyAsync(this::loggedIn, runtime.loop());
        }).thenCompose(f -> f);
    }

    private LoginOutcome loggedIn(LoginOutcome outcome) {
        login = outcome;
        mark(Phase.LOGIN_REPLY);
        if (outcome.success()) {
            loginAccepted.complete(sinceLogin());
            LoginSuccess r = outcome.reply();
            probe = probe.scoped(Scope.NONE.ofAgent(credentials.user(), r.agentId())
                    .onCircuit(Integer.toUnsignedLong(r.circuitCode())));
            if (probe.on()) {
                probe.emit(Channel.LOGIN, Verb.PROGRESS, "ConnectingToSim", -1, "Message", r.message(), "Circuit",
                        r.circuitCode(), "Sim", r.region().simIp() + ":" + r.region().simPort());
            }
        } else {
            if (probe.on()) {
                probe.emit(Channel.LOGIN, Verb.FAILED, "", -1, "Reason", outcome.reason(), "Message", outcome.message());
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
     * Opens the circuit with {@code code} (an impostor passes a wrong one): UseCircuitCode, resent until acked; once
     * acked, CompleteAgentMovement. The future completes when UseCircuitCode is acked; it never completes if that
     * never happens, so callers bound it with {@link #within}.
     */
    public CompletableFuture<Long> connect(long code) {
        return onLoop(() -> {
            if (login == null || !login.success()) {
                throw new IllegalStateException("connect() needs a successful login first");
            }
            if (circuit != null || ended.isDone()) {
                return circuitAcked;
            }
            LoginSuccess r = login.reply();
            circuitCode = code;
            try {
                InetSocketAddress sim = new InetSocketAddress(r.region().simIp(), r.region().simPort());
                link = runtime.udp().open(sim, new UdpReceiver.Inbound() {
                    @Override
                    public void packet(Packet packet, int size) {
                        runtime.loop().execute(() -> arrivals.packet(packet, size));
                    }

                    @Override
                    public void malformed(int size, RuntimeException error) {
                        runtime.loop().execute(() -> malformed++);
                    }
                });
            } catch (IOException e) {
                end(Ending.Reason.LEFT, "cannot open a UDP socket: " + e.getMessage());
                return circuitAcked;
            }
            circuit = new ClientCircuit(runtime.codec(), settings.circuit(), link, clock, probe, arrivals::acked);
            circuitOpenedNanos = clock.nanos();
            useCircuitCodeSequence = circuit.send(UseCircuitCode.of(code, r.sessionId(), r.agentId()), true);
            ticker = runtime.loop().scheduleAtFixedRate(this::tick, settings.tickMillis(), settings.tickMillis(),
                    TimeUnit.MILLISECONDS);
            return circuitAcked;
        }).thenCompose(f -> f);
    }

    private void tick() {
        if (ended.isDone()) {
            return;
        }
        circuit.tick();
        heartbeat.tick();
        long silence = clock.nanos() - circuit.lastReceivedNanos();
        if (silence > settings.simulatorTimeoutMillis() * 1_000_000L) {
            end(Ending.Reason.SILENCE, "no datagram from the sim for " + silence / 1_000_000L + " ms");
        }
    }

    /** Starts or stops the AgentUpdate heartbeat (on by default once the agent has arrived). */
    public CompletableFuture<Void> heartbeat(boolean on) {
        return onLoop(() -> {
            heartbeat.enabled(on);
            return null;
        });
    }

    /** Stops (or resumes) every transmission: no AgentUpdate, no acks, no ping answers, no resends. */
    public CompletableFuture<Void> silent(boolean on) {
        return onLoop(() -> {
            if (circuit != null) {
                circuit.silent(on);
            }
            return null;
        });
    }

    /**
     * Logs out as LibreMetaverse does: LogoutRequest (reliable), then waits for LogoutReply up to the logout timeout,
     * then CloseCircuit. The future is the ending.
     */
    public CompletableFuture<Ending> logout() {
        return onLoop(() -> {
            if (!ended.isDone() && circuit != null && !loggingOut) {
                loggingOut = true;
                LoginSuccess r = login.reply();
                circuit.send(LogoutRequest.of(r.agentId(), r.sessionId()), true);
                long limit = settings.logoutTimeoutMillis();
                logoutDeadline = runtime.loop().schedule(
                        () -> end(Ending.Reason.LOGOUT_TIMEOUT, "no LogoutReply within " + limit + " ms"), limit,
                        TimeUnit.MILLISECONDS);
            } else if (!ended.isDone() && circuit == null) {
                end(Ending.Reason.LEFT, "logged out before opening a circuit");
            }
            return ended;
        }).thenCompose(f -> f);
    }

    /** Walks away without a word: closes the socket, stops polling, sends nothing. */
    public CompletableFuture<Ending> leave(String why) {
        return onLoop(() -> {
            end(Ending.Reason.LEFT, why);
            return ended;
        }).thenCompose(f -> f);
    }

    /** Ends the ritual once: stops the timers and the event queue, says goodbye where LibreMetaverse would. */
    void end(Ending.Reason reason, String detail) {
        if (ended.isDone()) {
            return;
        }
        mark(Phase.END);
        if (ticker != null) {
            ticker.cancel(false);
        }
        if (logoutDeadline != null) {
            logoutDeadline.cancel(false); // a crowd logs out together: don't keep thousands queued on the loop
        }
        caps.stop();
        if (circuit != null) {
            // LibreMetaverse sends CloseCircuit when it ends the circuit itself (logout, network timeout)
            if (reason == Ending.Reason.LOGGED_OUT || reason == Ending.Reason.LOGOUT_TIMEOUT
                    || reason == Ending.Reason.SILENCE) {
                circuit.sendCloseCircuit();
            }
            if (probe.on()) {
                probe.emit(Channel.UDP, Verb.DISCONNECTED, "", -1, "Reason", reason.probeName(), "Detail", detail,
                        "AfterMs", (clock.nanos() - circuitOpenedNanos) / 1_000_000L);
            }
            link.close();
        }
        ended.complete(new Ending(reason, detail, sinceLogin()));
    }

    void mark(Phase phase) {
        phases.putIfAbsent(phase, sinceLogin());
    }

    /** Milliseconds since the login request: the timebase of every phase and ending. */
    public long sinceLogin() {
        return (clock.nanos() - loginStartNanos) / 1_000_000L;
    }

    /** Completes when a successful login reply arrives, with the time (ms from the login request). */
    public CompletableFuture<Long> loginAccepted() {
        return loginAccepted;
    }

    /** Completes when UseCircuitCode has been acked, with the time (ms from the login request). */
    public CompletableFuture<Long> circuitAcked() {
        return circuitAcked;
    }

    /** Completes when RegionHandshake arrives (and has been answered), with the time. */
    public CompletableFuture<Long> regionHandshake() {
        return regionHandshake;
    }

    /** Completes when AgentMovementComplete arrives (the agent is in the region), with the time. */
    public CompletableFuture<Long> agentMovementComplete() {
        return movementComplete;
    }

    /** Completes when every land patch of the region has arrived, with the time. */
    public CompletableFuture<Long> terrainComplete() {
        return terrainComplete;
    }

    /** Completes when the seed granted EventQueueGet and the first poll went out, with the time. */
    public CompletableFuture<Long> eventQueuePolling() {
        return eventQueuePolling;
    }

    /** Completes once, when the ritual ends for any reason. */
    public CompletableFuture<Ending> ended() {
        return ended;
    }

    /** The probe, for the scenario's BEHAVIOR notes (emit them on the loop, see {@link #onLoop}). */
    public Probe probe() {
        return probe;
    }

    /** Completes after {@code delay}, on the loop. */
    public CompletableFuture<Void> after(Duration delay) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        runtime.loop().schedule(() -> done.complete(null), delay.toMillis(), TimeUnit.MILLISECONDS);
        return done;
    }

    /**
     * {@code future}'s value if it completes within {@code limit}, else empty; completes on the loop. A failure of
     * {@code future} fails the result.
     */
    public <T> CompletableFuture<Optional<T>> within(CompletableFuture<T> future, Duration limit) {
        CompletableFuture<Optional<T>> out = new CompletableFuture<>();
        ScheduledFuture<?> timer = runtime.loop().schedule(() -> out.complete(Optional.empty()), limit.toMillis(),
                TimeUnit.MILLISECONDS);
        future.whenCompleteAsync((value, error) -> {
            timer.cancel(false);
            if (error != null) {
                out.completeExceptionally(error);
            } else {
                out.complete(Optional.ofNullable(value));
            }
        }, runtime.onLoop());
        return out;
    }

    /** Runs {@code action} on the loop thread. */
    public <T> CompletableFuture<T> onLoop(Supplier<T> action) {
        if (runtime.inLoop()) {
            // Already on the loop: run now, so a scenario's reaction follows the event that caused it with nothing
            // in between (the wallflower falls silent in the same breath as AgentMovementComplete).
            try {
                return CompletableFuture.completedFuture(action.get());
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(action, runtime.loop());
    }

    /** A snapshot of everything seen so far. */
    public CompletableFuture<SuitorReport> report() {
        return onLoop(() -> new SuitorReport(login, phases, ended.getNow(null), regionName, terrain.copy(),
                objects.list(), caps.granted(), caps.eventQueueReplies(), caps.events(),
                circuit == null ? 0 : circuit.datagramsSent(), circuit == null ? 0 : circuit.datagramsReceived(),
                circuit == null ? 0 : circuit.resends(), malformed));
    }

    /** Milliseconds since the circuit opened (UseCircuitCode sent), or -1 before. */
    long sinceCircuitOpened() {
        return circuit == null ? -1 : (clock.nanos() - circuitOpenedNanos) / 1_000_000L;
    }
}
