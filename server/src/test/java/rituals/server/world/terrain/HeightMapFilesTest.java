package rituals.server.world.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeightMapFilesTest {
    @TempDir
    Path dir;

    @Test
    void r32IsLittleEndianFloatsFromTheSouthEdge() throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(HeightMapFiles.R32_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < HeightMap.POINTS; k++) {
            buffer.putFloat(k * 0.001f);
        }
        Path file = Files.write(dir.resolve("island.r32"), buffer.array());

        HeightMap map = HeightMapFiles.load(file);

        assertThat(map.height(0, 0)).isEqualTo(0f);
        assertThat(map.height(1, 0)).isEqualTo(0.001f);
        assertThat(map.height(0, 1)).isEqualTo(256 * 0.001f);
        assertThat(map.height(255, 255)).isEqualTo(65535 * 0.001f);
    }

    @Test
    void llRawIsChannelZeroTimesChannelOneOver128FromTheNorthEdge() throws Exception {
        byte[] bytes = new byte[HeightMapFiles.LLRAW_BYTES];
        for (int k = 0; k < HeightMap.POINTS; k++) {
            bytes[k * 13] = (byte) 40;
            bytes[k * 13 + 1] = (byte) 64; // 40 × 64/128 = 20 m
            bytes[k * 13 + 2] = (byte) 20; // the other channels are ignored
        }
        bytes[0] = (byte) 200;
        bytes[1] = (byte) 255; // file row 0, column 0 → (0, 255): 200 × 255/128 = 398.4375 m
        bytes[(255 * 256 + 3) * 13] = (byte) 10; // last file row, column 3 → (3, 0): 10 × 64/128 = 5 m
        Path file = Files.write(dir.resolve("region.RAW"), bytes);

        HeightMap map = HeightMapFiles.load(file);

        assertThat(map.height(0, 255)).isEqualTo(398.4375f);
        assertThat(map.height(3, 0)).isEqualTo(5f);
        assertThat(map.height(100, 100)).isEqualTo(20f);
    }

    @Test
    void eightBitRawIsOneMetrePerStepFromTheNorthEdge() throws Exception {
        byte[] bytes = new byte[HeightMapFiles.RAW8_BYTES];
        bytes[0] = (byte) 250;
        bytes[255 * 256 + 7] = (byte) 21;
        Path file = Files.write(dir.resolve("grey.raw"), bytes);

        HeightMap map = HeightMapFiles.load(file);

        assertThat(map.height(0, 255)).isEqualTo(250f);
        assertThat(map.height(7, 0)).isEqualTo(21f);
        assertThat(map.height(0, 0)).isZero();
    }

    @Test
    void wrongSizesSayWhatIsAccepted() throws Exception {
        Path shortR32 = Files.write(dir.resolve("short.r32"), new byte[1000]);
        assertThatThrownBy(() -> HeightMapFiles.load(shortR32))
                .isInstanceOf(HeightMapFormatException.class)
                .hasMessageContaining("262144").hasMessageContaining("1000");

        Path oddRaw = Files.write(dir.resolve("odd.raw"), new byte[HeightMapFiles.R32_BYTES]);
        assertThatThrownBy(() -> HeightMapFiles.load(oddRaw))
                .isInstanceOf(HeightMapFormatException.class)
                .hasMessageContaining("851968").hasMessageContaining("65536").hasMessageContaining("262144");

        Path png = Files.write(dir.resolve("map.png"), new byte[16]);
        assertThatThrownBy(() -> HeightMapFiles.load(png))
                .isInstanceOf(HeightMapFormatException.class)
                .hasMessageContaining(".r32").hasMessageContaining(".raw")
                .satisfies(e -> assertThat(((HeightMapFormatException) e).file()).isEqualTo(png));
    }

    @Test
    void r32WithANanIsRefused() throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(HeightMapFiles.R32_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putFloat(4 * (256 * 2 + 9), Float.NaN);
        Path file = Files.write(dir.resolve("nan.r32"), buffer.array());

        assertThatThrownBy(() -> HeightMapFiles.load(file))
                .isInstanceOf(HeightMapFormatException.class).hasMessageContaining("(9, 2)");
    }
}
