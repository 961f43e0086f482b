package rituals.protocol.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;

/** The BitPack rule: little-endian bytes of the value, each giving min(8, remaining) low bits MSB-first. */
class BitPackTest {

    @Test
    void sixteenBitValueIsItsLittleEndianBytes() {
        BitWriter out = new BitWriter();
        out.writeBits(264, 16);
        assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo("0801");
    }

    @Test
    void tenBitValueIsLowByteThenBitsNineAndEight() {
        BitWriter out = new BitWriter();
        out.writeBits(0b10_1100_0011, 10); // low byte 1100 0011, then bits 9..8 = 10
        // 11000011 10 + six pad zeros
        assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo("c380");
        assertThat(out.bitLength()).isEqualTo(10);
    }

    @Test
    void shortValuesAreMsbFirstAndStreamFillsFromBitSeven() {
        BitWriter out = new BitWriter();
        out.writeBits(0b110, 3);
        out.writeBits(0b1, 1);
        out.writeBits(0b10, 2);
        assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo("d8"); // 1101 10 00
    }

    @Test
    void floatIsItsFourLittleEndianBytes() {
        BitWriter out = new BitWriter();
        out.writeBits(1, 1); // misalign on purpose: the float's bytes then straddle byte boundaries
        out.writeFloat(19.5f); // 0x419C0000
        assertThat(HexFormat.of().formatHex(out.toByteArray())).isEqualTo("80004e2080");
        BitReader in = new BitReader(out.toByteArray());
        assertThat(in.readBits(1, "flag")).isOne();
        assertThat(in.readFloat("value")).isEqualTo(19.5f);
    }

    @Test
    void readingPastTheEndNamesWhatAndWhere() {
        BitReader in = new BitReader(new byte[] {0x08, 0x01});
        in.readBits(12, "first");
        assertThatThrownBy(() -> in.readBits(8, "Range"))
                .isInstanceOf(DecodeException.class)
                .hasMessageContaining("Range")
                .hasMessageContaining("bit 12 of 16")
                .extracting(e -> ((DecodeException) e).offset()).isEqualTo(1);
    }

    @Property
    void whatIsWrittenIsReadBack(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 32) Integer> widths,
                                 @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] values = new int[widths.size()];
        BitWriter out = new BitWriter(1);
        for (int i = 0; i < values.length; i++) {
            int width = widths.get(i);
            values[i] = (int) (random.nextLong() & ((1L << width) - 1));
            out.writeBits(values[i], width);
        }
        BitReader in = new BitReader(out.toByteArray());
        for (int i = 0; i < values.length; i++) {
            assertThat(in.readBits(widths.get(i), "value " + i)).isEqualTo(values[i]);
        }
        assertThat(out.byteLength()).isEqualTo((out.bitLength() + 7) / 8);
    }
}
