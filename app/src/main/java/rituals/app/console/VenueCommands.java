package rituals.app.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import rituals.server.Venue;
import rituals.server.account.Account;
import rituals.server.region.AgentSnapshot;
import rituals.server.region.Region;
import rituals.server.region.RegionSettings;
import rituals.server.udp.DropReason;
import rituals.server.udp.ServerCircuit;
import rituals.trace.Clock;

/**
 * The venue's console commands, as OpenSim's console names them. What a region's loop owns (its sessions and
 * circuits) is asked of that loop, which answers with a snapshot; the console thread never reads it directly.
 */
public final class VenueCommands {
    /** How long a region's loop may take to answer the console before it is reported as not answering. */
    static final Duration LOOP_ANSWER = Duration.ofSeconds(2);
    static final String KICK_MESSAGE = "The venue's operator has logged you out.";

    /** Asks the operator for a password without echoing it; null when it cannot ask. */
    @FunctionalInterface
    public interface SecretPrompt {
        String ask(String prompt);
    }

    private final Venue venue;
    private final Clock clock;
    private final long startedNanos;

    private VenueCommands(Venue venue, Clock clock) {
        this.venue = venue;
        this.clock = clock;
        this.startedNanos = clock.nanos();
    }

    /**
     * The console of {@code venue}.
     *
     * @param prompt asks for a password {@code create user} was not given
     * @param quit   stops the venue (DisableSimulator to every agent); {@code quit} runs it and stops the console
     */
    public static OperatorConsole console(Venue venue, Clock clock, SecretPrompt prompt, Runnable quit) {
        VenueCommands v = new VenueCommands(venue, clock);
        return new OperatorConsole(List.of(
                new ConsoleCommand("show users", "", "agents in the venue: name, region, phase, time connected",
                        (args, out) -> v.showUsers(out)),
                new ConsoleCommand("show circuits", "", "each circuit: endpoint, RTT, unacked, resends, bytes each way",
                        (args, out) -> v.showCircuits(out)),
                new ConsoleCommand("show regions", "", "each region: name, grid location, UDP port, agents",
                        (args, out) -> v.showRegions(out)),
                new ConsoleCommand("show stats", "", "uptime, agents, datagrams dropped and why, memory",
                        (args, out) -> v.showStats(out)),
                new ConsoleCommand("kick user", "FIRST LAST [MESSAGE]", "logs the agent out with KickUser",
                        (args, out) -> v.kick(args, out)),
                new ConsoleCommand("create user", "FIRST LAST [PASSWORD]",
                        "creates an account (the password is asked for when not given)",
                        (args, out) -> v.createUser(args, prompt, out)),
                new ConsoleCommand("restart region", "NAME", "restarts a region (not possible yet)",
                        (args, out) -> v.restart(args, out)),
                new ConsoleCommand("quit", "", "stops the venue: every agent gets DisableSimulator", (args, out) -> {
                    if (!args.isEmpty()) {
                        throw new UsageException("quit takes no words");
                    }
                    quit.run();
                    return false;
                })));
    }

    private boolean showUsers(PrintWriter out) throws InterruptedException {
        List<AgentSnapshot> agents = sessions(out);
        out.println(agents.size() + " agent(s) in the venue");
        if (!agents.isEmpty()) {
            out.printf("  %-31s %-20s %-13s %s%n", "Name", "Region", "Phase", "Connected");
        }
        for (AgentSnapshot a : agents) {
            out.printf("  %-31s %-20s %-13s %s%n", a.name(), a.region(), a.phase(), clockTime(a.openedMs()));
        }
        return true;
    }

    private boolean showCircuits(PrintWriter out) throws InterruptedException {
        List<AgentSnapshot> agents = sessions(out);
        out.println(agents.size() + " circuit(s)");
        if (!agents.isEmpty()) {
            out.printf("  %-31s %-21s %7s %7s %7s %10s %10s%n", "Name", "Endpoint", "RTT ms", "Unacked", "Resends",
                    "Bytes in", "Bytes out");
        }
        for (AgentSnapshot a : agents) {
            ServerCircuit.Stats c = a.circuit();
            String endpoint = c.endpoint().getAddress().getHostAddress() + ":" + c.endpoint().getPort();
            String rtt = c.rttMillis() < 0 ? "-" : String.valueOf(Math.round(c.rttMillis()));
            out.printf("  %-31s %-21s %7s %7d %7d %10d %10d%n", a.name(), endpoint, rtt, c.unacked(), c.resends(),
                    c.bytesIn(), c.bytesOut());
        }
        return true;
    }

    private boolean showRegions(PrintWriter out) {
        out.println(venue.regions().size() + " region(s)");
        out.printf("  %-20s %-36s %-9s %6s %6s%n", "Name", "UUID", "Location", "UDP", "Agents");
        for (Region r : venue.regions()) {
            RegionSettings s = r.settings();
            out.printf("  %-20s %-36s %-9s %6d %6d%n", s.name(), s.regionId(), s.gridX() + "," + s.gridY(),
                    r.udpAddress().getPort(), r.agentCount());
        }
        return true;
    }

    private boolean showStats(PrintWriter out) {
        out.println("Up " + clockTime((clock.nanos() - startedNanos) / 1_000_000));
        for (Region r : venue.regions()) {
            StringBuilder drops = new StringBuilder();
            for (DropReason reason : DropReason.values()) {
                long n = r.drops().get(reason);
                if (n > 0) {
                    drops.append(drops.isEmpty() ? "" : ", ").append(reason.wire()).append(' ').append(n);
                }
            }
            out.println("  " + r.settings().name() + ": " + r.agentCount() + " agent(s); dropped: "
                    + (drops.isEmpty() ? "none" : drops));
            for (Map.Entry<String, Long> e : r.phaseDrops().snapshot().entrySet()) {
                out.println("    " + e.getKey() + ": " + e.getValue());
            }
        }
        Runtime jvm = Runtime.getRuntime();
        long mib = 1024 * 1024;
        out.println("Memory " + (jvm.totalMemory() - jvm.freeMemory()) / mib + " MiB used of " + jvm.maxMemory() / mib
                + " MiB; " + Thread.activeCount() + " threads");
        return true;
    }

    private boolean kick(List<String> args, PrintWriter out) {
        if (args.size() < 2) {
            throw new UsageException("kick user needs a first and a last name");
        }
        Account account = account(args.get(0), args.get(1));
        String message = args.size() > 2 ? String.join(" ", args.subList(2, args.size())) : KICK_MESSAGE;
        if (!venue.kick(account.agentId(), message)) {
            out.println(account.name() + " is not in the venue");
            return true;
        }
        out.println("Kicked " + account.name() + ": KickUser sent, the circuit closes when it is acked");
        return true;
    }

    private boolean createUser(List<String> args, SecretPrompt prompt, PrintWriter out) {
        if (args.size() < 2 || args.size() > 3) {
            throw new UsageException("create user needs a first and a last name, and may take the password");
        }
        String password = args.size() == 3 ? args.get(2) : prompt.ask("Password for " + args.get(0) + " "
                + args.get(1) + ": ");
        if (password == null) {
            throw new UsageException("no password given");
        }
        Account a = venue.accounts().create(args.get(0), args.get(1), password);
        out.println("Created " + a.name() + " (" + a.agentId() + ")");
        return true;
    }

    private boolean restart(List<String> args, PrintWriter out) {
        if (args.isEmpty()) {
            throw new UsageException("restart region needs the region's name");
        }
        String name = String.join(" ", args);
        boolean known = venue.regions().stream().anyMatch(r -> r.settings().name().equalsIgnoreCase(name));
        out.println(known ? "Regions cannot restart yet: quit and start the venue again to restart " + name
                : "No region named " + name + " (show regions lists them)");
        return true;
    }

    private Account account(String first, String last) {
        return venue.accounts().find(first, last)
                .orElseThrow(() -> new IllegalArgumentException("no account named " + first + " " + last));
    }

    /** Every region's sessions, each taken by its own loop; a region that does not answer in time is named. */
    private List<AgentSnapshot> sessions(PrintWriter out) throws InterruptedException {
        List<AgentSnapshot> all = new ArrayList<>();
        for (Region r : venue.regions()) {
            try {
                all.addAll(r.sessions(LOOP_ANSWER));
            } catch (TimeoutException e) {
                out.println("  (" + r.settings().name() + " did not answer within " + LOOP_ANSWER.toSeconds()
                        + " s: its loop is stopped or far behind)");
            }
        }
        return all;
    }

    /** {@code H:MM:SS}. */
    static String clockTime(long millis) {
        long s = millis / 1000;
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
