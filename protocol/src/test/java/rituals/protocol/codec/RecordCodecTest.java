package rituals.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.codec.Wire.Fixed;
import rituals.protocol.codec.Wire.IpAddr;
import rituals.protocol.codec.Wire.IpPort;
import rituals.protocol.codec.Wire.Multiple;
import rituals.protocol.codec.Wire.S16;
import rituals.protocol.codec.Wire.S8;
import rituals.protocol.codec.Wire.U16;
import rituals.protocol.codec.Wire.U32;
import rituals.protocol.codec.Wire.U64;
import rituals.protocol.codec.Wire.U8;
import rituals.protocol.codec.Wire.Var1;
import rituals.protocol.codec.Wire.Var2;
import rituals.protocol.codec.Wire.Variable;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;

class RecordCodecTest {
    record Scalars(@U8 int u8, @S8 int s8, @U16 int u16, @S16 int s16, @U32 long u32, @U64 long u64, float f32,
            boolean flag, @IpPort int port, @IpAddr Inet4Address ip, UUID id, Vector3 pos, Quaternion rot) {}

    record Strings(@Var1 String name, @Var2 String text, @Var1 Bytes blob, @Fixed(4) Bytes color) {}

    record Item(@U32 long id) {}

    record Sample(Scalars scalars, Strings strings, @Multiple(2) List<Item> pair, @Variable List<Item> items) {}

    record Unmapped(int noAnnotation) {}

    private static byte[] write(Sample s) {
        ByteWriter w = new ByteWriter(8);
        RecordCodec.of(Sample.class).write(w, s);
        return w.toByteArray();
    }

    private static Sample read(byte[] b) {
        return RecordCodec.of(Sample.class).readMessage("Sample", new ByteReader(b, 0, b.length));
    }

    private static Sample sample() throws Exception {
        return new Sample(
                new Scalars(200, -5, 65000, -300, 4_000_000_000L, -2L, 1.5f, true, 9000,
                        (Inet4Address) InetAddress.getByName("127.0.0.1"),
                        UUID.fromString("01020304-0506-0708-090a-0b0c0d0e0f10"), new Vector3(128, 128, 25),
                        Quaternion.IDENTITY),
                new Strings("Default Region", "", Bytes.of((byte) 1, (byte) 2), Bytes.of(new byte[] {1, 2, 3, 4})),
                List.of(new Item(1), new Item(2)),
                List.of(new Item(7)));
    }

    @Test
    void roundTripsEveryFieldType() throws Exception {
        assertThat(read(write(sample()))).isEqualTo(sample());
    }

    @Test
    void writesTheWireFormsTheFactSheetNames() throws Exception {
        String hex = HexFormat.of().formatHex(write(sample()));
        // IPPORT is big-endian, IPADDR in network order, U16 little-endian, UUID in textual order.
        assertThat(hex).contains("2328" + "7f000001" + "0102030405060708090a0b0c0d0e0f10");
        assertThat(hex).startsWith("c8" + "fb" + "e8fd" + "d4fe" + "00286bee");
        // A Var1 string carries its trailing NUL in the length; an empty Var2 string is length 0 with no NUL.
        String name = HexFormat.of().formatHex("Default Region".getBytes());
        assertThat(hex).contains("0f" + name + "00" + "0000" + "020102" + "01020304");
    }

    @Test
    void aTruncatedBodyNamesMessageBlockFieldAndOffset() throws Exception {
        byte[] b = write(sample());
        byte[] cut = java.util.Arrays.copyOf(b, 10);
        assertThatThrownBy(() -> read(cut))
                .isInstanceOfSatisfying(DecodeException.class, e -> {
                    assertThat(e.messageName()).isEqualTo("Sample");
                    assertThat(e.block()).isEqualTo("scalars");
                    assertThat(e.field()).isEqualTo("u64");
                    assertThat(e.offset()).isEqualTo(10);
                })
                .hasMessageContaining("needs 8 bytes but only 0 remain");
    }

    @Test
    void aVariableBlockCutShortNamesItsIndex() throws Exception {
        byte[] b = write(sample());
        byte[] cut = java.util.Arrays.copyOf(b, b.length - 2);
        assertThatThrownBy(() -> read(cut))
                .isInstanceOfSatisfying(DecodeException.class, e -> assertThat(e.block()).isEqualTo("items[0]"));
    }

    @Test
    void aTrailingVariableBlockLeftOutReadsAsEmpty() throws Exception {
        byte[] b = write(sample());
        byte[] withoutItems = java.util.Arrays.copyOf(b, b.length - 5);
        assertThat(read(withoutItems).items()).isEmpty();
    }

    @Test
    void anUnmappableComponentFailsWhenTheCodecIsBuilt() {
        assertThatThrownBy(() -> RecordCodec.of(Unmapped.class))
                .hasMessageContaining("Unmapped.noAnnotation")
                .hasMessageContaining("has no wire form");
    }

    @Test
    void aMultipleBlockOfTheWrongSizeIsRefusedOnWrite() throws Exception {
        Sample s = sample();
        Sample bad = new Sample(s.scalars(), s.strings(), List.of(new Item(1)), s.items());
        assertThatThrownBy(() -> write(bad)).hasMessageContaining("Multiple 2");
    }
}
