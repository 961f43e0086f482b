package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import rituals.server.config.ConfigException;
import rituals.server.config.ServerConfig;

class ServerConfigOptionsTest {
    @TempDir
    Path dir;

    @Command(name = "probe")
    static final class Host {
        @Mixin
        ServerConfigOptions options;
    }

    static ServerConfig parse(String... args) {
        Host host = new Host();
        new CommandLine(host).parseArgs(args);
        return host.options.load();
    }

    @Test
    void noFlagsGiveTheDefaults() {
        assertThat(parse()).isEqualTo(ServerConfig.defaults());
    }

    @Test
    void flagsOverrideTheFileWhichOverridesDefaults() throws Exception {
        Path ini = dir.resolve("venue.ini");
        Files.writeString(ini, "[Network]\nhttp_listener_port = 9100\n[Region]\nInternalPort = 9101\n"
                + "[ClientStack.LindenUDP]\nAckTimeout = 30\n");
        ServerConfig c = parse("--config", ini.toString(), "--http-port", "0", "--region-name", "Dance Floor",
                "--event-queue-hold", "250ms", "--location", "1001,1002", "--data", dir.toString());
        assertThat(c.httpPort()).isZero();
        assertThat(c.defaultRegion().internalPort()).isEqualTo(9101);
        assertThat(c.ackTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.defaultRegion().name()).isEqualTo("Dance Floor");
        assertThat(c.eventQueueHold()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.defaultRegion().gridX()).isEqualTo(1001);
        assertThat(c.defaultRegion().gridY()).isEqualTo(1002);
        assertThat(c.dataDir()).isEqualTo(dir);
    }

    @Test
    void aRegionsFolderGivesOneRegionPerSection() throws Exception {
        Path regions = Files.createDirectory(dir.resolve("Regions"));
        Files.writeString(regions.resolve("a.ini"), "[North]\nLocation = 1000,1001\nInternalPort = 9010\n"
                + "[South]\nLocation = 1000,999\nInternalPort = 9011\n");
        ServerConfig c = parse("--regions", regions.toString());
        assertThat(c.regions()).extracting(r -> r.name() + " " + r.gridY() + " " + r.internalPort())
                .containsExactly("North 1001 9010", "South 999 9011");
    }

    @Test
    void aBadFlagNamesTheKey() {
        assertThatThrownBy(() -> parse("--udp-port", "x"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("[Region] InternalPort: 'x' is not a whole number");
    }
}
