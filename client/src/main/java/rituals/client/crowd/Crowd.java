package rituals.client.crowd;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import rituals.client.ClientRuntime;
import rituals.client.Ending;
import rituals.client.Suitor;
import rituals.client.SuitorSettings;
import rituals.client.scenario.ScenarioRunner;
import rituals.client.scenario.ScenarioTiming;
import rituals.client.scenario.Scenarios;
import rituals.client.scenario.Verdict;
import rituals.client.udp.Traffic;
import rituals.trace.Clock;
import rituals.trace.Probe;

/**
 * A load generator: N suitors in one process, sharing one {@link ClientRuntime} (one loop thread, one receive
 * thread, a few HTTP clients), launched at a steady rate, each playing a scenario, all staying until the hold is over.
 * It follows every agent's milestones on the loop thread and counts them; nothing here holds a thread per agent.
 *
 * <pre>{@code
 * Crowd crowd = Crowd.start(runtime, plan, SuitorSettings.LIBREMETAVERSE, Probe.off(Side.CLIENT), p -> print(p));
 * crowd.settled().join();          // every agent in world, or failed
 * CrowdReport report = crowd.finished().join();
 * }</pre>
 */
public final class Crowd {
    private static final long SAMPLE_MILLIS = 1000;
    private static final long RAMP_PERIOD_MILLIS = 2;

    private final ClientRuntime runtime;
    private final CrowdPlan plan;
    private final SuitorSettings settings;
    private final Probe probe;
    private final Clock clock;
    private final Traffic traffic;
    private final Consumer<CrowdProgress> listener;
    private final CompletableFuture<CrowdProgress> settled = new CompletableFuture<>();
    private final CompletableFuture<CrowdReport> finished = new CompletableFuture<>();

    // Everything below is owned by the loop thread.
    private long startNanos;
    private int launched;
    private int loggedIn;
    private int connected;
    private int reachedWorld;
    private int inWorldNow;
    private int peakInWorld;
    private int polling;
    private int terrainComplete;
    private int resolved;
    private int met;
    private int failed;
    private int dropped;
    private int droppedUnmet;
    private long firstLoginReplyNanos;
    private long lastLoginReplyNanos;
    private long firstLoginRequestNanos = Long.MAX_VALUE;
    private long lastLoginRequestNanos = Long.MIN_VALUE;
    private final Latencies loginLatency = new Latencies();
    private final Latencies inWorldLatency = new Latencies();
    private final Map<String, Integer> failures = new HashMap<>();
    /** The suitors launched and not yet ended: whom an interruption logs out. */
    private final Set<Suitor> live = new HashSet<>();
    private ScheduledFuture<?> ramp;
    private ScheduledFuture<?> sampler;
    private Sample lastSample;
    private Sample steadyFrom;
    private Sample steadyTo;
    private volatile CrowdProgress latest = new CrowdProgress(0, 0, 0, 0, 0, 0, 0, 0);

    private Sample origin;

    private record Sample(long nanos, long sent, long received, long resent) {}

    /** One agent's milestones, as far as the crowd cares. */
    private static final class Agent {
        boolean arrived;
        boolean resolved;
        Ending ending;
    }

    private Crowd(ClientRuntime runtime, CrowdPlan plan, SuitorSettings settings, Probe probe,
            Consumer<CrowdProgress> listener) {
        this.runtime = runtime;
        this.plan = plan;
        this.settings = settings;
        this.probe = probe;
        this.clock = runtime.clock();
        this.traffic = runtime.traffic();
        this.listener = listener;
    }

    /**
     * Starts the run on the runtime's loop. {@code onProgress} is called on the loop about once a second: keep it
     * short (print a line).
     *
     * @throws IllegalArgumentException when the plan names no known scenario
     */
    public static Crowd start(ClientRuntime runtime, CrowdPlan plan, SuitorSettings settings, Probe probe,
            Consumer<CrowdProgress> onProgress) {
        Scenarios.create(plan.scenario(), ScenarioTiming.defaults()); // fail now, not once per agent
        Crowd crowd = new Crowd(runtime, plan, settings, probe, onProgress);
        runtime.loop().execute(crowd::begin);
        return crowd;
    }

    /** Completes once every agent is in world or has failed, with the crowd at that moment. */
    public CompletableFuture<CrowdProgress> settled() {
        return settled;
    }

    /** Completes when every agent's scenario is over. */
    public CompletableFuture<CrowdReport> finished() {
        return finished;
    }

    /**
     * Ctrl-C: stops launching and logs out every agent still in (LogoutRequest, LogoutReply awaited up to
     * {@code limit}, then CloseCircuit), speaking again first where a scenario had fallen silent, so that no ghost
     * waits on the server for its silence timeout. The report then tells the crowd as far as it got.
     */
    public CompletableFuture<CrowdReport> interrupt(Duration limit) {
        return CompletableFuture.supplyAsync(() -> {
            if (ramp != null) {
                ramp.cancel(false);
            }
            return CompletableFuture.allOf(live.stream()
                    .map(s -> s.silent(false).thenCompose(x -> s.logout(limit)))
                    .toArray(CompletableFuture[]::new));
        }, runtime.loop()).thenCompose(all -> all).thenApplyAsync(x -> report(), runtime.loop());
    }

    /** The latest progress sample (from any thread). */
    public CrowdProgress progress() {
        return latest;
    }

    private void begin() {
        startNanos = clock.nanos();
        origin = sample(); // the runtime may have carried crowds before: count from here
        lastSample = origin;
        ramp = runtime.loop().scheduleAtFixedRate(this::launchDue, 0, RAMP_PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        sampler = runtime.loop().scheduleAtFixedRate(this::publish, SAMPLE_MILLIS, SAMPLE_MILLIS,
                TimeUnit.MILLISECONDS);
        long holdEnd = plan.rampNanos() + plan.hold().toNanos();
        runtime.loop().schedule(this::holdOver, holdEnd, TimeUnit.NANOSECONDS);
    }

    private void launchDue() {
        long elapsed = clock.nanos() - startNanos;
        while (launched < plan.agents() && plan.launchOffsetNanos(launched) <= elapsed) {
            launch(launched++);
        }
        if (launched == plan.agents()) {
            ramp.cancel(false);
            checkSettled();
        }
    }

    private void launch(int index) {
        // Everyone logs out together, when the hold after the planned ramp is over.
        long lingerNanos = Math.max(0, startNanos + plan.rampNanos() + plan.hold().toNanos() - clock.nanos());
        ScenarioTiming timing = new ScenarioTiming(Duration.ofNanos(lingerNanos), null, plan.phaseTimeout());
        Agent agent = new Agent();
        ScenarioRunner.play(runtime, Scenarios.create(plan.scenario(), timing), plan.credentials(index), settings,
                probe, s -> watch(s, agent))
                .whenCompleteAsync((verdict, error) -> over(agent, verdict, error), runtime.loop());
    }

    /** Follows one suitor's milestones; every callback runs on the loop, where the futures complete. */
    private void watch(Suitor s, Agent agent) {
        live.add(s);
        s.loginAccepted().thenAccept(ms -> {
            loggedIn++;
            loginLatency.add(ms);
            lastLoginReplyNanos = clock.nanos();
            if (loggedIn == 1) {
                firstLoginReplyNanos = lastLoginReplyNanos;
            }
            long requested = lastLoginReplyNanos - ms * 1_000_000L;
            firstLoginRequestNanos = Math.min(firstLoginRequestNanos, requested);
            lastLoginRequestNanos = Math.max(lastLoginRequestNanos, requested);
        });
        s.circuitAcked().thenAccept(ms -> connected++);
        s.eventQueuePolling().thenAccept(ms -> polling++);
        s.terrainComplete().thenAccept(ms -> terrainComplete++);
        s.agentMovementComplete().thenAccept(ms -> {
            agent.arrived = true;
            reachedWorld++;
            inWorldNow++;
            peakInWorld = Math.max(peakInWorld, inWorldNow);
            inWorldLatency.add(ms);
            resolve(agent);
        });
        s.ended().thenAccept(ending -> {
            live.remove(s);
            if (agent.arrived) {
                inWorldNow--;
                if (FailureReason.SERVER_ENDINGS.contains(ending.reason())) {
                    dropped++;
                }
            }
            agent.ending = ending;
            resolve(agent);
        });
    }

    private void resolve(Agent agent) {
        if (!agent.resolved) {
            agent.resolved = true;
            resolved++;
            checkSettled();
        }
    }

    private void checkSettled() {
        if (!settled.isDone() && launched == plan.agents() && resolved == plan.agents()) {
            if (steadyTo == null) {
                steadyFrom = sample();
            }
            settled.complete(snapshot(lastSample));
        }
    }

    private void holdOver() {
        steadyTo = sample();
        if (steadyFrom == null) {
            steadyFrom = lastSample; // never settled: the last second before the hold ended
        }
    }

    private void over(Agent agent, Verdict verdict, Throwable error) {
        if (error == null && verdict.met()) {
            met++;
        } else {
            failed++;
            String reason = FailureReason.of(verdict, error, agent.ending, agent.arrived);
            failures.merge(reason, 1, Integer::sum);
            if (reason.startsWith(FailureReason.DROPPED)) {
                droppedUnmet++;
            }
        }
        if (met + failed == plan.agents()) {
            publish();
            sampler.cancel(false);
            finished.complete(report());
        }
    }

    private Sample sample() {
        return new Sample(clock.nanos(), traffic.datagramsSent(), traffic.datagramsReceived(), traffic.resends());
    }

    private void publish() {
        CrowdProgress p = snapshot(lastSample);
        lastSample = sample();
        latest = p;
        listener.accept(p);
    }

    private CrowdProgress snapshot(Sample since) {
        Sample now = sample();
        double seconds = Math.max(1e-9, (now.nanos - since.nanos) / 1e9);
        return new CrowdProgress((now.nanos - startNanos) / 1_000_000, launched, connected, inWorldNow, failed,
                dropped, Math.round((now.sent - since.sent) / seconds),
                Math.round((now.received - since.received) / seconds));
    }

    /**
     * The rate logins were answered at: n replies span n - 1 intervals, over the longer of the replies' span and the
     * requests' span. (Counting from the first request to the last reply adds a latency and an interval: a venue
     * answering 2,000 logins asked at 500/s as fast as they were asked scored 499. The replies' span alone grows the
     * rate past the one asked for when the first replies are slow: 73/s from 50 asked, cold.)
     */
    static double replyRate(int replies, long firstReply, long lastReply, long firstRequest, long lastRequest) {
        long span = Math.max(lastReply - firstReply, lastRequest - firstRequest);
        return replies < 2 || span <= 0 ? 0 : (replies - 1) / (span / 1e9);
    }

    private CrowdReport report() {
        double steadySeconds = steadyFrom == null || steadyTo == null ? 0 : (steadyTo.nanos - steadyFrom.nanos) / 1e9;
        double sentRate = steadySeconds > 0 ? (steadyTo.sent - steadyFrom.sent) / steadySeconds : 0;
        double receivedRate = steadySeconds > 0 ? (steadyTo.received - steadyFrom.received) / steadySeconds : 0;
        Sample end = sample();
        return new CrowdReport(plan, launched, loggedIn, reachedWorld, peakInWorld, polling, terrainComplete, met,
                droppedUnmet, failures, replyRate(loggedIn, firstLoginReplyNanos, lastLoginReplyNanos,
                        firstLoginRequestNanos, lastLoginRequestNanos), loginLatency.summary(),
                inWorldLatency.summary(), sentRate, receivedRate, end.sent - origin.sent,
                end.received - origin.received, end.resent - origin.resent, (end.nanos - startNanos) / 1_000_000);
    }
}
