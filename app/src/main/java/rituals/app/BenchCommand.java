package rituals.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rituals.client.ClientRuntime;
import rituals.client.crowd.Crowd;
import rituals.client.crowd.CrowdPlan;
import rituals.client.crowd.CrowdReport;
import rituals.client.login.LoginFormat;
import rituals.server.account.AccountStore;
import rituals.server.account.PasswordHash;
import rituals.trace.Clock;

/**
 * {@code ./rituals bench}: the venue (a child process) and a crowd (this process) on loopback, measured, written as
 * Markdown into a file of the user's ({@code --out}), and into docs/benchmarks.md only when asked
 * ({@code --write-docs}): a run on someone's laptop must not rewrite the project's published figures. The venue's CPU comes from the OS, its heap from jcmd after a full GC; the
 * crowd's own heap and CPU are measured here the same way, so neither side's cost hides in the other's.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the venue and a crowd together on loopback and write the figures to a file (--out); "
                + "--write-docs also puts them into docs/benchmarks.md.",
            "Takes about --duration + 75 s with the default warm-up; needs a JDK (jcmd) and about 3 open files per "
                    + "agent."})
public final class BenchCommand implements Callable<Integer> {
    private static final String PASSWORD = "bench-password";
    /** After every agent has arrived, let the venue's first-minute work (terrain, scene) drain before measuring. */
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final int DEFAULT_WARMUP = 12_000;
    /** Long enough for the warm-up's agents to run their steady traffic (heartbeats, pings, event queue) too. */
    private static final Duration WARMUP_HOLD = Duration.ofSeconds(5);
    private static final Duration QUIET_WINDOW = Duration.ofSeconds(1);
    private static final Duration QUIET_WAIT_MAX = Duration.ofSeconds(60);
    /** The default names, as {@code user create --count} and {@code crowd} use them. */
    private static final CrowdNames CROWD = new CrowdNames();

    @Spec
    CommandSpec spec;

    @Option(names = "--agents", defaultValue = "2000", description = "Crowd size (default: ${DEFAULT-VALUE}).")
    int agents;

    /**
     * A tenth above the 500/s target: the crowd paces its logins and the measured rate cannot exceed the asked one,
     * so at exactly 500 a venue that kept up would pass or fail by the jitter of one reply.
     */
    @Option(names = "--ramp", defaultValue = "550", description = "Logins per second (default: ${DEFAULT-VALUE}, a "
            + "tenth above the 500/s target, so that the target is judged with a margin).")
    double ramp;

    @Option(names = "--duration", defaultValue = "60",
            description = "Seconds the crowd stays after the ramp; at least 30 (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--hash-iterations", paramLabel = "N",
            description = "PBKDF2 iterations of the bench's accounts (default: the venue's default).")
    Integer hashIterations;

    @Option(names = "--venue-java-opts", paramLabel = "OPTS", defaultValue = "",
            description = "JVM options for the venue process, e.g. \"-XX:StartFlightRecording=filename=venue.jfr\".")
    String venueJavaOptions;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "" + DEFAULT_WARMUP,
            description = "Arrivals first, unmeasured, so both JVMs are compiled: crowds of at most --agents log in "
                    + "and out until this many have (default: ${DEFAULT-VALUE}; 0 measures cold JVMs).")
    int warmup;

    @Option(names = "--out", defaultValue = "rituals-out/bench.md", paramLabel = "FILE", description = "Where the "
            + "figures go (default: ${DEFAULT-VALUE}; an existing file keeps all but the bench's own section).")
    Path out;

    @Option(names = "--write-docs", paramLabel = "FILE", arity = "0..1", fallbackValue = "docs/benchmarks.md",
            description = "Also replace the bench's section of the project's figures (default file: ${FALLBACK-VALUE}).")
    Path docs;

    @Option(names = "--no-write", description = "Print the figures only.")
    boolean noWrite;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (agents < 1 || duration < 30 || warmup < 0) {
            err.println("--agents must be >= 1, --duration >= 30 (the steady measurement needs the time) and "
                    + "--warmup >= 0");
            return 2;
        }
        int iterations = hashIterations == null ? PasswordHash.DEFAULT_ITERATIONS : hashIterations;
        // Per process: the venue, our child, inherits this limit and holds about as many files as the crowd.
        FileLimit.warnIfShort(agents, err);
        Path data = Files.createTempDirectory("rituals-bench");
        err.printf("Creating %d accounts (PBKDF2, %d iterations) in %s%n", agents, iterations, data);
        err.flush();
        createAccounts(data, iterations);
        BenchFigures figures;
        try (VenueProcess venue = VenueProcess.start(data, agents, options(venueJavaOptions), data.resolve("venue.log"))) {
            err.println("Venue at " + venue.loginUri() + " (pid " + venue.pid() + ", log " + venue.log() + ")");
            try (ClientRuntime runtime = ClientRuntime.start(Clock.system())) {
                for (int left = warmup; left > 0; left -= agents) {
                    warmUp(venue, runtime, Math.min(left, agents), err);
                }
                if (warmup > 0) {
                    awaitQuiet(venue, err);
                }
                figures = measure(venue, runtime, iterations, err);
            }
        }
        String markdown = BenchMarkdown.render(figures, commandLine(), ZonedDateTime.now());
        stdout.println(figures.crowd().text());
        stdout.println(markdown);
        if (!noWrite) {
            for (Path file : docs == null ? List.of(out) : List.of(out, docs)) {
                BenchMarkdown.writeInto(file, markdown);
                stdout.println("Written to " + file.toAbsolutePath());
            }
        }
        stdout.flush();
        return figures.crowd().failed() == 0 ? 0 : 1;
    }

    /**
     * Both JVMs start cold: measured cold, their C2 compiler threads took about a third of the two cores during the
     * ramp. Code run once per arrival (login, seed, circuit set-up) reaches C2's thresholds only after some thousands
     * of arrivals, so the warm-up is counted in arrivals, in rounds of at most the measured crowd (the accounts
     * there are). The rounds run on the runtime the measured crowd then uses (a fresh one recompiled its HTTP
     * clients' selector loop during the measured ramp); a crowd counts only its own traffic.
     */
    private void warmUp(VenueProcess venue, ClientRuntime runtime, int count, PrintWriter err) throws Exception {
        err.printf("Warming up both JVMs: %d agents log in at %s/s and out again (not measured)%n", count, fmt(ramp));
        CrowdReport report = CrowdCommand.run(runtime, plan(venue, count, WARMUP_HOLD), err);
        err.printf("Warm-up round over: %d of %d met (%.0f logins/s)%n", report.met(), count,
                report.loginsPerSecond());
    }

    /**
     * The warm-up leaves both JVMs' compilers a queue of work it made hot (C2 thresholds rise with the queue's
     * length); measured straight after, they still took a sixth of the machine during the ramp. So the measurement
     * waits until both processes are idle: under a twentieth of a core for a whole second.
     */
    private static void awaitQuiet(VenueProcess venue, PrintWriter err) throws InterruptedException {
        long start = System.nanoTime();
        long venueCpu = venue.cpuNanos();
        long ownCpu = processCpuNanos();
        while (System.nanoTime() - start < QUIET_WAIT_MAX.toNanos()) {
            Thread.sleep(QUIET_WINDOW.toMillis()); // a measurement window, not synchronisation
            long venueNow = venue.cpuNanos();
            long ownNow = processCpuNanos();
            long limit = QUIET_WINDOW.toNanos() / 20;
            if (venueNow - venueCpu < limit && ownNow - ownCpu < limit) {
                err.printf("Both JVMs quiet after %.1f s%n", (System.nanoTime() - start) / 1e9);
                return;
            }
            venueCpu = venueNow;
            ownCpu = ownNow;
        }
        err.printf("Still busy %d s after the warm-up; measuring anyway%n", QUIET_WAIT_MAX.toSeconds());
    }

    private BenchFigures measure(VenueProcess venue, ClientRuntime runtime, int iterations, PrintWriter err)
            throws Exception {
        long venueBase = venue.heapAfterGc();
        long clientBase = heapAfterGc();
        long clientCpu0 = processCpuNanos();
        CrowdPlan plan = plan(venue, agents, CrowdCommand.seconds(duration));
        ProgressLine line = new ProgressLine(err, System.console() != null);
        long cpu0 = venue.cpuNanos();
        long t0 = System.nanoTime();
        Crowd crowd = CrowdCommand.start(runtime, plan, line);
        long rampCpu = 0;
        long rampNanos = 0;
        long steadyCpu = 0;
        long steadyNanos = 0;
        int steadyAgents = 0;
        long venueHeap = venueBase;
        long clientHeap = clientBase;
        try {
            crowd.settled().get(plan.rampNanos() / 1_000_000_000L + 70, TimeUnit.SECONDS);
            rampCpu = venue.cpuNanos() - cpu0;
            rampNanos = System.nanoTime() - t0;
            Thread.sleep(SETTLE.toMillis()); // a measurement window, not synchronisation
            int before = crowd.progress().inWorld();
            long cpu2 = venue.cpuNanos();
            long t2 = System.nanoTime();
            Thread.sleep(WINDOW.toMillis());
            steadyCpu = venue.cpuNanos() - cpu2;
            steadyNanos = System.nanoTime() - t2;
            venueHeap = venue.heapAfterGc();
            clientHeap = heapAfterGc();
            steadyAgents = Math.min(before, crowd.progress().inWorld());
        } catch (TimeoutException e) {
            err.println("\nThe crowd never settled (some agents neither arrived nor failed); no steady figures.");
        }
        CrowdReport report = crowd.finished().get();
        line.end();
        return new BenchFigures(report, iterations, venueBase, venueHeap, clientBase, clientHeap, rampCpu, rampNanos,
                steadyCpu, steadyNanos, steadyAgents, processCpuNanos() - clientCpu0, warmup);
    }

    /** Naturalists named as {@code user create --count} names them, logging in at the bench's rate. */
    private CrowdPlan plan(VenueProcess venue, int count, Duration hold) {
        return new CrowdPlan(URI.create(venue.loginUri()), count, ramp, hold, "naturalist", CROWD.pattern(), PASSWORD,
                LoginFormat.XMLRPC, Duration.ofSeconds(60));
    }

    private void createAccounts(Path data, int iterations) {
        try (AccountStore store = AccountStore.open(data, new PasswordHash(iterations, new SecureRandom()),
                UUID::randomUUID, Clock.system())) {
            CROWD.createIn(store, agents, PASSWORD);
        }
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<String> options(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }

    private String commandLine() {
        StringBuilder b = new StringBuilder("./rituals bench --agents " + agents + " --ramp " + fmt(ramp)
                + " --duration " + fmt(duration));
        if (hashIterations != null) {
            b.append(" --hash-iterations ").append(hashIterations);
        }
        if (warmup != DEFAULT_WARMUP) {
            b.append(" --warmup ").append(warmup);
        }
        if (!venueJavaOptions.isBlank()) {
            b.append(" --venue-java-opts \"").append(venueJavaOptions).append('"');
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
