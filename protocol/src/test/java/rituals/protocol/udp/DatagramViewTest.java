package rituals.protocol.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rituals.protocol.DecodeException;
import rituals.protocol.message.Messages;
import rituals.protocol.message.StartPingCheck;
import rituals.protocol.types.Bytes;

/** The relay's view: real datagrams read in place, kept byte for byte, and what PacketCodec drops made visible. */
class DatagramViewTest {
    private static final PacketCodec CODEC = new PacketCodec(Messages.CATALOG);
    private static final HexFormat HEX = HexFormat.of();
    /** StartPingCheck, unreliable, sequence 5: number 01, PingID 07, OldestUnacked 3 (little-endian U32). */
    private static final String PING = "00" + "00000005" + "00" + "01" + "07" + "03000000";

    static List<Capture> captures() {
        return Capture.all();
    }

    @ParameterizedTest
    @MethodSource("captures")
    void readsEveryCaptureAsTheCodecDoesAndKeepsItsBytes(Capture c) {
        DatagramView view = DatagramView.of(c.bytes());
        Packet packet = CODEC.decode(c.bytes());

        assertThat(view.copy()).isEqualTo(c.bytes());
        assertThat(view.message(CODEC)).isEqualTo(packet.message());
        assertThat(view.trailingBytes()).as("bytes after the body").isZero();
        assertThat(view.sequence()).isEqualTo(packet.sequence());
        assertThat(view.reliable()).isEqualTo(packet.reliable());
        assertThat(view.zerocoded()).isEqualTo(packet.zerocoded());
        assertThat(view.extraHeaderLength()).isZero();
        List<Integer> acks = new ArrayList<>();
        for (int i = 0; i < view.ackCount(); i++) {
            acks.add(view.ack(i));
        }
        assertThat(acks).isEqualTo(packet.acks());
    }

    @Test
    void keepsAnExtraHeaderThatTheCodecDropsOnReencoding() {
        byte[] d = HEX.parseHex("00" + "00000005" + "02" + "abcd" + "01" + "07" + "03000000");
        DatagramView view = DatagramView.of(d);

        assertThat(view.extraHeaderLength()).isEqualTo(2);
        assertThat(view.extraHeader()).isEqualTo(Bytes.fromHex("abcd"));
        assertThat(view.message(CODEC)).isEqualTo(new StartPingCheck(new StartPingCheck.PingID(7, 3)));
        assertThat(view.copy()).isEqualTo(d);
        // The Packet route loses them: encode writes an empty extra header.
        assertThat(HEX.formatHex(CODEC.encode(CODEC.decode(d)))).isEqualTo(PING);
    }

    @Test
    void readsTheExtraHeaderInsideZeroCoding() {
        // Zero-coded: extra 2 bytes "00 00" coded as "00 02", then the ping (its zeros coded too).
        byte[] d = HEX.parseHex("80" + "00000009" + "02" + "0002" + "01" + "07" + "03" + "0003");
        DatagramView view = DatagramView.of(d);
        assertThat(view.extraHeader()).isEqualTo(Bytes.fromHex("0000"));
        assertThat(view.message(CODEC)).isEqualTo(new StartPingCheck(new StartPingCheck.PingID(7, 3)));
        assertThat(view.payload()).isEqualTo(Bytes.fromHex("00020107030003"));
    }

    @Test
    void reportsBytesAfterTheBody() {
        byte[] d = HEX.parseHex(PING + "eeeeee");
        DatagramView view = DatagramView.of(d);
        assertThat(view.message(CODEC)).isEqualTo(CODEC.decode(d).message());
        assertThat(view.trailingBytes()).isEqualTo(3);
    }

    @Test
    void keepsAppendedAcksAndTheFlagByteVerbatim() {
        // Flags: acks appended plus the unused low bit 0x01, which Packet cannot carry.
        byte[] d = HEX.parseHex("11" + "00000005" + "00" + "01" + "07" + "03000000" + "00000010" + "00000011" + "02");
        DatagramView view = DatagramView.of(d);
        assertThat(view.flags()).isEqualTo(0x11);
        assertThat(view.ackCount()).isEqualTo(2);
        assertThat(view.ack(1)).isEqualTo(0x11);
        assertThat(view.appendedAcks()).isEqualTo(Bytes.fromHex("000000100000001102"));
        assertThat(view.message(CODEC)).isInstanceOf(StartPingCheck.class);
        assertThat(view.trailingBytes()).isZero();
        byte[] out = new byte[d.length + 2];
        view.copyTo(out, 2);
        assertThat(Bytes.of(out, 2, d.length)).isEqualTo(Bytes.wrap(d));
    }

    @Test
    void isReusableForTheNextDatagram() {
        DatagramView view = DatagramView.of(HEX.parseHex(PING + "ee"));
        view.message(CODEC);
        byte[] next = HEX.parseHex(PING);
        assertThat(view.wrap(next, 0, next.length).length()).isEqualTo(next.length);
        assertThatThrownBy(view::trailingBytes).isInstanceOf(IllegalStateException.class);
        view.message(CODEC);
        assertThat(view.trailingBytes()).isZero();
    }

    @Test
    void refusesBadFramingAsTheCodecDoes() {
        assertThatThrownBy(() -> DatagramView.of(HEX.parseHex("0000000005")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("shorter than the 7-byte minimum");
        assertThatThrownBy(() -> DatagramView.of(HEX.parseHex(PING.replaceFirst("^00", "10") + "09")))
                .isInstanceOf(DecodeException.class).hasMessageContaining("9 appended acks need 37 bytes");
        DatagramView lying = DatagramView.of(HEX.parseHex("00" + "00000005" + "09" + "01" + "07" + "03000000"));
        assertThatThrownBy(() -> lying.message(CODEC)).isInstanceOf(DecodeException.class)
                .hasMessageContaining("extra header of 9 bytes");
        assertThatThrownBy(lying::extraHeader).isInstanceOf(DecodeException.class);
    }
}
