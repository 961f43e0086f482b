package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.client.ClientRuntime;
import rituals.client.Credentials;
import rituals.client.SuitorSettings;
import rituals.client.login.LoginFormat;
import rituals.client.login.StartLocation;
import rituals.client.scenario.ScenarioResult;
import rituals.client.scenario.ScenarioRunner;
import rituals.client.scenario.Scenarios;
import rituals.server.Venue;
import rituals.server.config.ConfigLoader;
import rituals.server.config.IdSource;
import rituals.server.config.ServerConfig;
import rituals.server.config.Setting;
import rituals.server.region.Region;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Recorder;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;
import rituals.trace.io.JsonLines;

/**
 * One venue hosting two regions from an OpenSim Regions folder, and a suitor logged into each by a {@code uri:} start
 * location: both rituals complete, each in its own region on its own UDP port, and each JSON Lines record names it.
 */
class MultiRegionIT {
    private static final String SCENARIO = "naturalist";

    @TempDir
    Path dir;

    @Test
    void twoSuitorsDanceInTwoRegionsOfOneVenue() throws Exception {
        Path regions = Files.createDirectory(dir.resolve("Regions"));
        Files.writeString(regions.resolve("Regions.ini"), """
                [North Shore]
                RegionUUID = 11111111-2222-3333-4444-555555555555
                Location = 1000,1001
                InternalAddress = 127.0.0.1
                InternalPort = 0
                ExternalHostName = 127.0.0.1
                MaxAgents = 10
                """);
        Files.writeString(regions.resolve("South.ini"), """
                [South Bay]
                Location = 1000,999
                InternalAddress = 127.0.0.1
                InternalPort = 0
                ExternalHostName = 127.0.0.1
                """);
        ServerConfig config = new ConfigLoader()
                .set(Setting.HTTP_PORT, "0")
                .set(Setting.BIND_ADDRESS, "127.0.0.1")
                .set(Setting.DATA_DIR, dir.resolve("data").toString())
                .set(Setting.ACK_TIMEOUT, Performance.ACK_TIMEOUT.toMillis() + "ms")
                .set(Setting.CIRCUIT_EXPIRY, Performance.CIRCUIT_EXPIRY.toMillis() + "ms")
                .set(Setting.EVENT_QUEUE_HOLD, Performance.EVENT_QUEUE_HOLD.toMillis() + "ms")
                .regions(regions)
                .load();
        Clock clock = Clock.system();
        Recorder venueLog = new Recorder(clock);
        Recorder northLog = new Recorder(clock);
        Recorder southLog = new Recorder(clock);
        try (Venue venue = Venue.start(config, clock, venueLog.probe(Side.SERVER), IdSource.secure());
                ClientRuntime runtime = ClientRuntime.start(clock)) {
            assertThat(venue.regions()).extracting(r -> r.settings().name()).containsExactly("North Shore", "South Bay");
            assertThat(venue.regions().get(0).udpAddress().getPort())
                    .isNotEqualTo(venue.regions().get(1).udpAddress().getPort());
            venue.accounts().create("Nora", "North", "password");
            venue.accounts().create("Sam", "South", "password");
            URI login = URI.create(venue.loginUri());
            CompletableFuture<ScenarioResult> north = dance(runtime, northLog,
                    new Credentials(login, "Nora", "North", "password", LoginFormat.XMLRPC),
                    "uri:North Shore&100&120&30");
            CompletableFuture<ScenarioResult> south = dance(runtime, southLog,
                    new Credentials(login, "Sam", "South", "password", LoginFormat.LLSD),
                    "uri:south bay&128&128&0");
            assertThat(north.get(2, TimeUnit.MINUTES).met()).as("the ritual in North Shore").isTrue();
            assertThat(south.get(2, TimeUnit.MINUTES).met()).as("the ritual in South Bay").isTrue();
            assertNamesItsRegion(northLog, "north.jsonl", venue.regions().get(0));
            assertNamesItsRegion(southLog, "south.jsonl", venue.regions().get(1));
        }
        List<TraceEvent> venueEvents = writtenAndRead(venueLog, "venue.jsonl");
        assertThat(venueEvents).filteredOn(e -> e.verb() == Verb.CIRCUIT_PROVISION).extracting(e -> e.fact("Region"))
                .containsExactlyInAnyOrder("North Shore", "South Bay");
        assertThat(venueEvents).filteredOn(e -> e.verb() == Verb.CIRCUIT_PROVISION)
                .allSatisfy(e -> assertThat(e.scope().region()).isEqualTo(e.fact("Region")));
        // Every event a region or its capabilities record about a suitor's circuit is scoped to that region. (The
        // login reply names the circuit too, but is the venue's, in no region yet.)
        assertThat(venueEvents).filteredOn(e -> e.scope().agent().equals("Nora North") && inARegion(e))
                .isNotEmpty().allSatisfy(e -> assertThat(e.scope().region()).isEqualTo("North Shore"));
        assertThat(venueEvents).filteredOn(e -> e.scope().agent().equals("Sam South") && inARegion(e))
                .isNotEmpty().allSatisfy(e -> assertThat(e.scope().region()).isEqualTo("South Bay"));
    }

    private static boolean inARegion(TraceEvent e) {
        return e.scope().circuit() != 0 && e.channel() != Channel.LOGIN;
    }

    private List<TraceEvent> writtenAndRead(Recorder log, String file) throws Exception {
        Path jsonl = dir.resolve(file);
        JsonLines.write(VersionProvider.traceHeader(System.currentTimeMillis(), file), log.timeline(), jsonl);
        return JsonLines.read(jsonl).events();
    }

    private static CompletableFuture<ScenarioResult> dance(ClientRuntime runtime, Recorder log, Credentials who,
            String start) {
        return ScenarioRunner.run(runtime, Scenarios.create(SCENARIO, Performance.timing(SCENARIO)), who,
                SuitorSettings.LIBREMETAVERSE.withStart(new StartLocation(start)), log.probe(Side.CLIENT));
    }

    /** The suitor's JSON Lines, written and read back, say it reached this region at this region's UDP endpoint. */
    private void assertNamesItsRegion(Recorder log, String file, Region region) throws Exception {
        List<TraceEvent> events = writtenAndRead(log, file);
        TraceEvent connected = events.stream().filter(e -> e.key().equals("CLIENT.UDP.CONNECTED")).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no CONNECTED"));
        assertThat(connected.fact("Sim")).isEqualTo(region.settings().name());
        assertThat(connected.fact("IP")).isEqualTo("127.0.0.1:" + region.udpAddress().getPort());
        assertThat(events).anySatisfy(e -> assertThat(e.key()).isEqualTo("CLIENT.BEHAVIOR.EXPECT.MET"));
    }
}
