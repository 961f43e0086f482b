package rituals.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import rituals.app.console.ConsoleTerminal;
import rituals.app.console.VenueCommands;
import rituals.server.Venue;
import rituals.server.config.ExternalHost;
import rituals.server.config.IdSource;
import rituals.server.config.RegionConfig;
import rituals.server.config.ServerConfig;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Side;
import rituals.trace.io.JsonLinesSink;

/** {@code ./rituals serve}: a standalone grid of one region, or of every region of a Regions folder, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the venue: an OpenSim-compatible standalone grid (login and caps on HTTP, each region on "
                + "its own UDP port) until Ctrl-C: the one \"Default Region\", or every region of --regions DIR.",
            "Settings come from the defaults, then --config FILE (OpenSim key names, see docs/CONFIG.md), then flags."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ServerConfigOptions options;

    @Option(names = "--ritual-log", paramLabel = "FILE",
            description = "Record the server's side of every ritual as JSON Lines (narrate it with ./rituals narrate).")
    Path ritualLog;

    @Spec
    CommandSpec spec;

    /** What the bound address means for who can log in; the default reaches viewers on other machines. */
    static String listening(String bindAddress) {
        boolean everywhere = bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
        return "Listening on " + bindAddress + (everywhere
                ? " (every interface: other machines can log in; --bind 127.0.0.1 keeps it to this one)"
                : " only");
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        ServerConfig config = options.load();
        Clock clock = Clock.system();
        JsonLinesSink sink = ritualLog == null ? null : JsonLinesSink.append(ritualLog,
                VersionProvider.traceHeader(clock.epochMillis(), "serve --ritual-log"));
        Probe probe = sink == null ? Probe.off(Side.SERVER) : Probe.to(Side.SERVER, sink, clock);
        Settings.server(probe, config);
        Venue venue = Venue.start(config, clock, probe, IdSource.secure());
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (!stopping.compareAndSet(false, true)) {
                return; // Ctrl-C after quit, or quit's exit running the hook: the venue is already closed
            }
            venue.close();
            if (sink != null) {
                // The sink stops at its first write error rather than break the venue: say so once, at the end.
                sink.failure().ifPresent(e -> System.err.println("rituals: the ritual log stopped early: "
                        + e.getMessage()));
                try {
                    sink.close();
                } catch (IOException e) {
                    System.err.println("rituals: could not close the ritual log: " + e.getMessage());
                }
            }
            stopped.countDown();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "rituals-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Login URI: " + venue.loginUri());
        out.println(listening(config.bindAddress()));
        for (int i = 0; i < config.regions().size(); i++) {
            RegionConfig r = config.regions().get(i);
            out.println("Region \"" + r.name() + "\" at " + r.gridX() + "," + r.gridY() + ", UDP "
                    + r.internalAddress() + ":" + venue.regions().get(i).udpAddress().getPort() + " (clients are told "
                    + ExternalHost.resolve(r.externalHost(), r.origin() + " ExternalHostName") + ")");
        }
        out.println("Data: " + config.dataDir().toAbsolutePath().normalize() + "  (accounts: ./rituals user --data "
                + config.dataDir() + " ...)");
        if (ritualLog != null) {
            out.println("Ritual log: " + ritualLog.toAbsolutePath());
        }
        // Without a terminal (a service, a pipe, a test) there is no one to type: the venue runs until a signal.
        if (System.console() == null) {
            out.println("Venue ready. Ctrl-C stops it.");
            out.flush();
            stopped.await();
            return 0;
        }
        out.println("Venue ready. Type help for the console's commands; quit or Ctrl-C stops it.");
        out.flush();
        ConsoleTerminal.run(ask -> VenueCommands.console(venue, clock, ask, stop), stop);
        stopped.await();
        return 0;
    }
}
