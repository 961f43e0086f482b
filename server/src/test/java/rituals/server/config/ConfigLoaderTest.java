package rituals.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreTheIssuesDefaults() {
        ServerConfig c = ServerConfig.defaults();
        RegionConfig r = c.defaultRegion();
        assertThat(c.regions()).containsExactly(r);
        assertThat(c.httpPort()).isEqualTo(9000);
        assertThat(r.internalPort()).isEqualTo(9000);
        assertThat(r.name()).isEqualTo("Default Region");
        assertThat(r.gridX()).isEqualTo(1000);
        assertThat(r.gridY()).isEqualTo(1000);
        assertThat(r.sizeX()).isEqualTo(256);
        assertThat(r.sizeY()).isEqualTo(256);
        assertThat(r.maxAgents()).isEqualTo(100);
        assertThat(c.dataDir()).isEqualTo(Path.of("./rituals-data"));
        assertThat(c.ackTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.circuitExpiry()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.eventQueueHold()).isEqualTo(Duration.ofSeconds(58));
        assertThat(c.eventQueueLimit()).isEqualTo(100);
        assertThat(r.xMetres()).isEqualTo(256000);
        assertThat(r.handle()).isEqualTo((256000L << 32) | 256000L);
        // Stable across runs: derived from the name.
        assertThat(r.regionId()).isEqualTo(ServerConfig.defaults().defaultRegion().regionId());
    }

    @Test
    void fileOverridesDefaultsAndFlagsOverrideTheFile() throws IOException {
        Path ini = write("""
                ; an OpenSim-style fragment
                [Network]
                http_listener_port = 9100

                [region]
                regionname = "Dance Floor"
                Location = 1001, 999
                InternalPort = 9101

                [ClientStack.LindenUDP]
                AckTimeout = 30
                # OpenSim keys we do not use are ignored
                PausedAckTimeout = 300

                [Rituals]
                EventQueueHold = 250ms
                CircuitExpiry = 0.5
                """);
        ServerConfig c = new ConfigLoader().file(ini).set(Setting.HTTP_PORT, "0").load();
        assertThat(c.httpPort()).isZero(); // flag beats file
        RegionConfig r = c.defaultRegion();
        assertThat(r.internalPort()).isEqualTo(9101); // file beats default
        assertThat(r.name()).isEqualTo("Dance Floor");
        assertThat(r.gridX()).isEqualTo(1001);
        assertThat(r.gridY()).isEqualTo(999);
        assertThat(c.ackTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.eventQueueHold()).isEqualTo(Duration.ofMillis(250));
        assertThat(c.circuitExpiry()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.welcomeMessage()).isEqualTo(Setting.WELCOME_MESSAGE.defaultValue());
        assertThat(r.regionId()).isNotEqualTo(ServerConfig.defaults().defaultRegion().regionId());
    }

    @Test
    void explicitRegionIdIsKept() {
        UUID id = UUID.fromString("11111111-2222-3333-4444-555555555555");
        assertThat(new ConfigLoader().set(Setting.REGION_ID, id.toString()).load().defaultRegion().regionId())
                .isEqualTo(id);
    }

    @Test
    void badValuesNameTheKeyAndValue() {
        assertThatThrownBy(() -> new ConfigLoader().set(Setting.HTTP_PORT, "abc").load())
                .isInstanceOf(ConfigException.class)
                .hasMessage("[Network] http_listener_port: 'abc' is not a whole number");
        assertThatThrownBy(() -> new ConfigLoader().set(Setting.UDP_PORT, "70000").load())
                .hasMessageContaining("[Region] InternalPort: '70000' is outside 0..65535");
        assertThatThrownBy(() -> new ConfigLoader().set(Setting.LOCATION, "1000").load())
                .hasMessageContaining("[Region] Location: '1000' is not 'x,y'");
        assertThatThrownBy(() -> new ConfigLoader().set(Setting.EVENT_QUEUE_HOLD, "soon").load())
                .hasMessageContaining("[Rituals] EventQueueHold: 'soon' is not a duration");
        assertThatThrownBy(() -> new ConfigLoader().set(Setting.ACK_TIMEOUT, "0").load())
                .hasMessageContaining("must be a positive duration");
        assertThatThrownBy(() -> new ConfigLoader().set(Setting.REGION_ID, "nope").load())
                .hasMessageContaining("is not a UUID");
    }

    @Test
    void malformedFilesSayWhereAndWhat() throws IOException {
        Path noSection = write("http_listener_port = 1\n");
        assertThatThrownBy(() -> new ConfigLoader().file(noSection))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith(":1: key 'http_listener_port' appears before any [Section]");
        Path noEquals = write("[Network]\nhttp_listener_port 9000\n");
        assertThatThrownBy(() -> new ConfigLoader().file(noEquals))
                .hasMessageEndingWith(":2: expected 'key = value', got 'http_listener_port 9000'");
        assertThatThrownBy(() -> new ConfigLoader().file(dir.resolve("absent.ini")))
                .hasMessageStartingWith("cannot read config file");
    }

    @Test
    void everySettingIsDocumented() throws IOException {
        Path doc = Path.of("..", "docs", "CONFIG.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        for (Setting s : Setting.values()) {
            assertThat(text).as(s.qualifiedName()).contains("| " + s.section() + " | " + s.key() + " |");
        }
    }

    private Path write(String text) throws IOException {
        Path p = Files.createTempFile(dir, "rituals", ".ini");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
