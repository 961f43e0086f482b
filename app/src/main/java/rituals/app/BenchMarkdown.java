package rituals.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import rituals.client.crowd.CrowdReport;

/**
 * The bench's figures as Markdown, and their place in docs/benchmarks.md: the section between two markers is
 * replaced by the latest run, so the file's other sections (codec figures, the history of fixes) stay as written.
 */
final class BenchMarkdown {
    static final String BEGIN = "<!-- bench:crowd:begin (written by ./rituals bench; edits inside are replaced) -->";
    static final String END = "<!-- bench:crowd:end -->";
    private static final double KIB = 1024;

    private BenchMarkdown() {}

    static String render(BenchFigures f, String command, ZonedDateTime when) {
        CrowdReport c = f.crowd();
        StringBuilder b = new StringBuilder();
        b.append("### Latest run\n\n");
        b.append("- When: ").append(when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        b.append("- Command: `").append(command).append("`\n");
        b.append("- Machine: ").append(machine()).append('\n');
        b.append("- Accounts: PBKDF2-SHA256 with ").append(f.hashIterations()).append(" iterations")
                .append(f.hashIterations() == rituals.server.account.PasswordHash.DEFAULT_ITERATIONS
                        ? " (the venue's default)" : " (bench accounts only; the default is "
                        + rituals.server.account.PasswordHash.DEFAULT_ITERATIONS + ")").append('\n');
        b.append("- Warm-up: ").append(f.warmup() == 0 ? "none (both JVMs measured cold)" : f.warmup()
                + " arrivals first (crowds of at most " + c.plan().agents() + " logging in and out), unmeasured, so "
                + "both JVMs had compiled the code").append('\n');
        b.append("- Scenario: ").append(c.plan().scenario()).append(", ").append(c.plan().agents())
                .append(" agents at ").append(fmt(c.plan().rampPerSecond())).append(" logins/s, staying ")
                .append(c.plan().hold().toSeconds()).append(" s; \"in world\" = AgentMovementComplete received "
                        + "(terrain completion counted, not required)\n\n");
        b.append("| target | goal | measured | |\n|---|---|---|---|\n");
        row(b, "agents in world at once, one region", "2,000", c.peakInWorld() + " (of " + c.plan().agents() + ")",
                c.peakInWorld() >= 2000);
        row(b, "logins per second", "≥ 500", fmt(c.loginsPerSecond()), c.loginsPerSecond() >= 500);
        row(b, "login → in world, p99 during the ramp", "≤ 250 ms", c.inWorldLatency().p99() + " ms",
                c.inWorldLatency().count() > 0 && c.inWorldLatency().p99() <= 250);
        row(b, "venue heap per connected agent", "≤ 64 KiB", fmt(f.venueHeapPerAgent() / KIB) + " KiB",
                f.steadyAgents() > 0 && f.venueHeapPerAgent() <= 64 * KIB);
        row(b, "agents dropped", "0", Integer.toString(c.dropped()), c.dropped() == 0);
        b.append('\n');
        b.append("| figure | value |\n|---|---|\n");
        b.append("| logged in / in world / event queue polling / terrain complete | ").append(c.loggedIn())
                .append(" / ").append(c.reachedWorld()).append(" / ").append(c.eventQueuePolling()).append(" / ")
                .append(c.terrainComplete()).append(" |\n");
        b.append("| login latency | ").append(c.loginLatency()).append(" |\n");
        b.append("| login → in world | ").append(c.inWorldLatency()).append(" |\n");
        b.append("| packets/s while everyone stayed (crowd → venue / venue → crowd) | ")
                .append(fmt(c.steadySentPerSecond())).append(" / ").append(fmt(c.steadyReceivedPerSecond()))
                .append(" |\n");
        b.append("| datagrams in all (out / in / resends) | ").append(c.datagramsSent()).append(" / ")
                .append(c.datagramsReceived()).append(" / ").append(c.resends()).append(" |\n");
        b.append("| venue CPU during the ramp | ").append(fmt2(f.rampCores())).append(" cores over ")
                .append(fmt2(f.rampNanos() / 1e9)).append(" s |\n");
        b.append("| venue CPU while everyone stayed | ").append(fmt2(f.steadyCores())).append(" cores over ")
                .append(fmt2(f.steadyNanos() / 1e9)).append(" s = ").append(fmt(f.steadyMicrosPerAgentSecond()))
                .append(" µs per agent per second (").append(f.steadyAgents()).append(" agents) |\n");
        b.append("| venue live heap: empty / with the crowd | ").append(mib(f.venueBaseHeap())).append(" / ")
                .append(mib(f.venueSteadyHeap())).append(" = ").append(fmt(f.venueHeapPerAgent() / KIB))
                .append(" KiB per agent |\n");
        b.append("| crowd live heap per agent (same measure, client side) | ")
                .append(fmt(f.clientHeapPerAgent() / KIB)).append(" KiB |\n");
        b.append("| crowd CPU over the whole run | ").append(fmt2(f.clientCpuNanos() / 1e9)).append(" s |\n");
        b.append("| expectation met / failed | ").append(c.met()).append(" / ").append(c.failed()).append(" |\n");
        c.failuresByCount().forEach((reason, n) -> b.append("| failed: ").append(reason.replace("|", "\\|"))
                .append(" | ").append(n).append(" |\n"));
        return b.toString();
    }

    private static void row(StringBuilder b, String what, String goal, String measured, boolean met) {
        b.append("| ").append(what).append(" | ").append(goal).append(" | ").append(measured).append(" | ")
                .append(met ? "met" : "**not met**").append(" |\n");
    }

    /** Puts {@code section} between the markers of {@code doc}, creating the file or the markers as needed. */
    static void writeInto(Path doc, String section) throws IOException {
        String block = BEGIN + "\n" + section + END + "\n";
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8)
                : "# Benchmarks\n\n## The crowd: the venue under load\n\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin >= 0 && end > begin) {
            text = text.substring(0, begin) + block + text.substring(end + END.length()).replaceFirst("^\n", "");
        } else {
            text = text + (text.endsWith("\n") ? "\n" : "\n\n") + block;
        }
        if (doc.getParent() != null) {
            Files.createDirectories(doc.getParent());
        }
        Files.writeString(doc, text, StandardCharsets.UTF_8);
    }

    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException e) {
            // not Linux: the CPU model stays unknown
        }
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean
                o ? o.getTotalMemorySize() : 0;
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + mib(memory) + " RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.vm.version") + ", open files limit " + FileLimit.max();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
