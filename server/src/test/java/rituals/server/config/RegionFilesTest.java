package rituals.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void everyIniFileAndSectionIsARegionInFileOrder() throws IOException {
        write("b.ini", """
                [South]
                Location = 1000,999
                InternalPort = 9002
                ; an OpenSim key the venue does not use
                AllowAlternatePorts = False
                """);
        write("a.ini", """
                [North]
                RegionUUID = 11111111-2222-3333-4444-555555555555
                Location = 1000,1001
                InternalAddress = 127.0.0.1
                InternalPort = 9001
                ExternalHostName = SYSTEMIP
                SizeX = 256
                SizeY = 256
                MaxAgents = 7
                [Middle]
                Location = 1000,1000
                InternalPort = 9003
                """);
        write("notes.txt", "[Not A Region]\n");
        ServerConfig c = new ConfigLoader().set(Setting.EXTERNAL_HOST, "10.0.0.1").regions(dir).load();
        assertThat(c.regions()).extracting(RegionConfig::name).containsExactly("North", "Middle", "South");
        RegionConfig north = c.defaultRegion();
        assertThat(north.regionId()).isEqualTo(UUID.fromString("11111111-2222-3333-4444-555555555555"));
        assertThat(north.handle()).isEqualTo((1000L * 256) << 32 | (1001L * 256));
        assertThat(north.internalAddress()).isEqualTo("127.0.0.1");
        assertThat(north.internalPort()).isEqualTo(9001);
        assertThat(north.externalHost()).isEqualTo("SYSTEMIP");
        assertThat(north.maxAgents()).isEqualTo(7);
        RegionConfig south = c.regions().get(2);
        assertThat(south.externalHost()).as("a missing key takes the venue's").isEqualTo("10.0.0.1");
        assertThat(south.maxAgents()).isEqualTo(100);
        assertThat(south.regionId()).as("derived from the name").isNotEqualTo(c.regions().get(1).regionId());
    }

    @Test
    void aSizeOtherThan256StopsTheStartNamingTheFileAndKey() throws IOException {
        Path f = write("big.ini", "[Big]\nLocation = 1000,1000\nSizeX = 512\n");
        assertThatThrownBy(() -> new ConfigLoader().regions(dir).load())
                .isInstanceOf(ConfigException.class)
                .hasMessage(f + " [Big] SizeX: '512' is not 256: this venue serves 256 m regions only");
    }

    @Test
    void theVenuesOwnSizeIsCheckedToo() {
        assertThatThrownBy(() -> new ConfigLoader().set(Setting.SIZE_Y, "1024").load())
                .hasMessage("[Region] SizeY: '1024' is not 256: this venue serves 256 m regions only");
    }

    @Test
    void twoRegionsCannotShareAPortOrALocation() throws IOException {
        Path f = write("r.ini", "[A]\nLocation = 1,1\nInternalPort = 9001\n[B]\nLocation = 1,2\nInternalPort = 9001\n");
        assertThatThrownBy(() -> new ConfigLoader().regions(dir).load())
                .hasMessage(f + " [B]: InternalPort 9001 is already " + f + " [A]'s");
        write("r.ini", "[A]\nLocation = 1,1\nInternalPort = 0\n[B]\nLocation = 1,1\nInternalPort = 0\n");
        assertThatThrownBy(() -> new ConfigLoader().regions(dir).load())
                .hasMessageContaining("[B]: Location 1,1 is already");
    }

    @Test
    void anEmptyOrMissingFolderIsAClearError() throws IOException {
        assertThatThrownBy(() -> new ConfigLoader().regions(dir).load()).hasMessageContaining("no region");
        assertThatThrownBy(() -> new ConfigLoader().regions(dir.resolve("nope")).load())
                .hasMessageContaining("not a directory");
    }
}
