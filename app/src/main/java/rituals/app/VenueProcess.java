package rituals.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The venue in a JVM of its own ({@code rituals serve} as a child process), so that the bench measures the server's
 * CPU time and heap apart from the crowd's: CPU from the operating system's account of the process, heap with
 * {@code jcmd <pid> GC.run} then {@code GC.heap_info} (the live heap after a full collection).
 */
final class VenueProcess implements AutoCloseable {
    private static final Pattern LOGIN_URI = Pattern.compile("Login URI: (\\S+)");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final String loginUri;

    private VenueProcess(Process process, Path log, String loginUri) {
        this.process = process;
        this.log = log;
        this.loginUri = loginUri;
    }

    /**
     * Starts {@code rituals serve} on loopback with free ports and waits until it is ready.
     *
     * @param maxAgents   how many agents its region admits at once
     * @param javaOptions extra JVM options for the venue (heap size, a flight recording)
     * @param log         where its output goes (it logs every login, as OpenSim does)
     */
    static VenueProcess start(Path dataDir, int maxAgents, List<String> javaOptions, Path log) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--data", dataDir.toString(), "--http-port", "0", "--udp-port", "0", "--bind", "127.0.0.1",
                "--external-host", "127.0.0.1", "--max-agents", Integer.toString(maxAgents)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Matcher m = LOGIN_URI.matcher(out);
            if (m.find() && out.contains("Venue ready")) {
                return new VenueProcess(p, log, m.group(1));
            }
            if (!p.isAlive()) {
                throw new IOException("the venue exited (" + p.exitValue() + ") before it was ready; see " + log);
            }
            Thread.sleep(100); // polling a child's log: there is no event to await across processes
        }
        p.destroyForcibly();
        throw new IOException("the venue was not ready within " + START_LIMIT.toSeconds() + " s; see " + log);
    }

    String loginUri() {
        return loginUri;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the venue process has used so far (user + system), in nanoseconds. */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("the OS does not report the venue's CPU time"));
    }

    /** The venue's live heap after a full collection, in bytes. */
    long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IOException("cannot read the heap from jcmd GC.heap_info: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), what).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + what + " failed: " + out);
        }
        return out;
    }

    Path log() {
        return log;
    }

    /** Stops the venue as Ctrl-C would (its shutdown hook closes every circuit), forcibly if it lingers. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
