package rituals.protocol.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;

class ZeroCoderTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String encode(String hex) {
        byte[] src = HEX.parseHex(hex);
        byte[] dst = new byte[ZeroCoder.maxEncodedLength(src.length)];
        int n = ZeroCoder.encode(src, 0, src.length, dst, 0);
        assertThat(ZeroCoder.encodedLength(src, 0, src.length)).isEqualTo(n);
        return HEX.formatHex(dst, 0, n);
    }

    @Test
    void lowMessageNumberIsCodedAsTheFactSheetShowsForRegionHandshake() {
        // Zero-coding starts at byte 6, so it covers the message number: OpenSim writes RegionHandshake's
        // FF FF 00 94 as FF FF 00 01 94.
        assertThat(encode("ffff0094")).isEqualTo("ffff000194");
    }

    @Test
    void runsLongerThan255AreCutInto255AndTheRest() {
        assertThat(encode("01" + "00".repeat(300) + "02")).isEqualTo("01" + "00ff" + "002d" + "02");
    }

    @Test
    void decodeExpandsRunsAndTreatsZeroCountAsNothing() {
        byte[] src = HEX.parseHex("0a0003" + "0000" + "0b");
        assertThat(HEX.formatHex(ZeroCoder.decode(src, 0, src.length, 6))).isEqualTo("0a0000000b");
    }

    @Test
    void aTrailingZeroWithoutCountIsRefusedWithItsOffset() {
        byte[] src = HEX.parseHex("0a00");
        assertThatThrownBy(() -> ZeroCoder.decode(src, 0, src.length, 6))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("lacks its count byte")
                .hasMessageContaining("byte offset 7");
    }

    @Test
    void expansionBeyond4096BytesIsRefused() {
        byte[] bomb = new byte[40];
        for (int i = 0; i < bomb.length; i += 2) {
            bomb[i + 1] = (byte) 0xFF;
        }
        assertThatThrownBy(() -> ZeroCoder.decode(bomb, 0, bomb.length, 6))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("exceeds 4096 bytes");
    }

    @Property(tries = 2000)
    void decodeInvertsEncode(@ForAll("zeroHeavy") byte[] data) {
        byte[] coded = new byte[ZeroCoder.maxEncodedLength(data.length)];
        int n = ZeroCoder.encode(data, 0, data.length, coded, 0);
        assertThat(ZeroCoder.decode(coded, 0, n, 0)).isEqualTo(data);
    }

    @Provide
    Arbitrary<byte[]> zeroHeavy() {
        Arbitrary<Byte> b = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just((byte) 0)),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes()));
        return b.array(byte[].class).ofMaxSize(1500);
    }
}
