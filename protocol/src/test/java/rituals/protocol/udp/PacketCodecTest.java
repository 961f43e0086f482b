package rituals.protocol.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.codec.Wire.U32;
import rituals.protocol.codec.Wire.U8;
import rituals.protocol.codec.Wire.Var2;
import rituals.protocol.codec.Wire.Variable;
import rituals.protocol.message.Coding;
import rituals.protocol.message.Frequency;
import rituals.protocol.message.Message;
import rituals.protocol.message.MessageCatalog;
import rituals.protocol.message.Trust;
import rituals.protocol.message.UnknownMessage;
import rituals.protocol.types.Bytes;

/** The packet layer alone, with a catalog of test messages (the real ones have their own golden tests). */
class PacketCodecTest {
    record Ping(PingID pingID) implements Message {
        record PingID(@U8 int pingID, @U32 long oldestUnacked) {}
    }

    record Medium(Block block) implements Message {
        record Block(@U8 int value) {}
    }

    record Text(Block block) implements Message {
        record Block(@Var2 String text) {}
    }

    record Ack(@Variable List<Id> packets) implements Message {
        record Id(@U32 long id) {}
    }

    private static final MessageCatalog CATALOG = MessageCatalog.builder()
            .high(1, Ping.class, Trust.NOT_TRUSTED, Coding.UNENCODED)
            .medium(6, Medium.class, Trust.TRUSTED, Coding.UNENCODED)
            .low(148, Text.class, Trust.TRUSTED, Coding.ZEROCODED)
            .fixed(0xFFFFFFFB, Ack.class, Trust.NOT_TRUSTED, Coding.UNENCODED)
            .build();
    private static final PacketCodec CODEC = new PacketCodec(CATALOG);
    private static final HexFormat HEX = HexFormat.of();

    private static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    private static Packet decode(String hex) {
        return CODEC.decode(HEX.parseHex(hex));
    }

    @Test
    void headerIsFlagsBigEndianSequenceAndExtraByte() {
        Packet p = Packet.of(0x01020304, new Ping(new Ping.PingID(7, 3)), false, false);
        assertThat(hex(CODEC.encode(p))).isEqualTo("00" + "01020304" + "00" + "01" + "07" + "03000000");
    }

    @Test
    void messageNumbersTakeOneTwoOrFourBytesByFrequency() {
        assertThat(hex(CODEC.encode(Packet.of(1, new Medium(new Medium.Block(9)), true, false))))
                .isEqualTo("40" + "00000001" + "00" + "ff06" + "09");
        assertThat(hex(CODEC.encode(Packet.of(1, new Ack(List.of(new Ack.Id(5))), false, false))))
                .isEqualTo("00" + "00000001" + "00" + "fffffffb" + "01" + "05000000");
    }

    @Test
    void zeroCodingCoversTheMessageNumberAndIsKeptOnlyWhenItShrinks() {
        Packet p = Packet.of(2, new Text(new Text.Block("")), true, true);
        // Raw body ff ff 00 94 00 00 (6 bytes) codes to ff ff 00 01 94 00 02 (7): not shorter, so left off.
        assertThat(hex(CODEC.encode(p))).isEqualTo("40" + "00000002" + "00" + "ffff0094" + "0000");
        assertThat(hex(CODEC.encode(p, ZeroCodePolicy.AS_FLAGGED))).isEqualTo("c0" + "00000002" + "00" + "ffff000194" + "0002");
        Packet padded = Packet.of(2, new Text(new Text.Block("a" + "\0".repeat(20))), true, true);
        assertThat(CODEC.encode(padded)[0] & 0xFF).isEqualTo(0xC0);
        assertThat(CODEC.decode(CODEC.encode(padded)).message()).isEqualTo(padded.message());
    }

    @Test
    void appendedAcksAreBigEndianWithTheCountLastAndNeverZeroCoded() {
        Packet p = Packet.of(3, new Ping(new Ping.PingID(1, 0)), false, false).withAcks(List.of(1, 0x0A0B));
        String hex = hex(CODEC.encode(p));
        assertThat(hex).isEqualTo("10" + "00000003" + "00" + "01" + "01" + "00000000" + "00000001" + "00000a0b" + "02");
        assertThat(decode(hex).acks()).containsExactly(1, 0x0A0B);
    }

    @Test
    void appendingAcksToAnEncodedDatagramEqualsEncodingThemIn() {
        Packet p = Packet.of(4, new Text(new Text.Block("a" + "\0".repeat(20))), true, true);
        byte[] plain = CODEC.encode(p);
        assertThat(PacketCodec.withAcks(plain, List.of(7, 0x0102)))
                .isEqualTo(CODEC.encode(p.withAcks(List.of(7, 0x0102))));
        assertThatThrownBy(() -> PacketCodec.withAcks(CODEC.encode(p.withAcks(List.of(1))), List.of(2)))
                .hasMessageContaining("already carries");
    }

    @Test
    void extraHeaderBytesAreSkipped() {
        Packet p = decode("00" + "00000009" + "02" + "aabb" + "01" + "07" + "03000000");
        assertThat(p.message()).isEqualTo(new Ping(new Ping.PingID(7, 3)));
        assertThat(p.sequence()).isEqualTo(9);
    }

    @Test
    void anUndeclaredNumberDecodesToAnUnknownMessage() {
        Packet p = decode("40" + "00000001" + "00" + "ffff01c2" + "beef");
        assertThat(p.message()).isEqualTo(new UnknownMessage(Frequency.LOW, 0x1c2, Bytes.fromHex("beef")));
        assertThat(hex(CODEC.encode(p))).isEqualTo("40" + "00000001" + "00" + "ffff01c2" + "beef");
    }

    @Test
    void malformedHeadersAreRefusedWithTheReason() {
        assertThatThrownBy(() -> decode("000000000100"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("shorter than the 7-byte minimum");
        assertThatThrownBy(() -> decode("10" + "00000001" + "00" + "01" + "07" + "05"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("5 appended acks need 21 bytes");
        assertThatThrownBy(() -> decode("00" + "00000001" + "09" + "01" + "07"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("extra header of 9 bytes");
        assertThatThrownBy(() -> decode("00" + "00000001" + "00" + "ffff00"))
                .isInstanceOf(DecodeException.class).hasMessageContaining("message number is cut off");
        assertThatThrownBy(() -> decode("00" + "00000001" + "00" + "01" + "0700"))
                .isInstanceOfSatisfying(DecodeException.class, e -> {
                    assertThat(e.messageName()).isEqualTo("Ping");
                    assertThat(e.field()).isEqualTo("oldestUnacked");
                });
    }

    @Test
    void datagramsOver1200BytesAreNotSent() {
        Packet big = Packet.of(1, new Text(new Text.Block("x".repeat(1200))), true, false);
        assertThatThrownBy(() -> CODEC.encode(big)).hasMessageContaining("exceeds the 1200-byte limit");
    }
}
