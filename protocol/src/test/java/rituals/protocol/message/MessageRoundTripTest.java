package rituals.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rituals.protocol.udp.MessageCodec;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.protocol.udp.ZeroCodePolicy;

/**
 * Every catalog message survives body and datagram round trips, in every header variant. The bytes themselves are
 * checked against real peers in GoldenDatagramTest; this test guards the records and the catalog as a whole.
 */
class MessageRoundTripTest {
    private static final MessageCodec MESSAGES = new MessageCodec(Messages.CATALOG);
    private static final PacketCodec PACKETS = new PacketCodec(Messages.CATALOG);

    static Stream<Arguments> samples() {
        return MessageSamples.all().stream().map(m -> Arguments.of(m.getClass().getSimpleName(), m));
    }

    @Test
    void everyCatalogMessageHasExactlyOneSample() {
        Map<Class<?>, Integer> counts = new LinkedHashMap<>();
        for (Message m : MessageSamples.all()) {
            counts.merge(m.getClass(), 1, Integer::sum);
        }
        List<String> missing = new ArrayList<>();
        for (MessageInfo info : Messages.CATALOG.all()) {
            if (!counts.containsKey(info.type())) {
                missing.add(info.name());
            }
        }
        assertThat(missing).as("catalog messages without a sample in MessageSamples").isEmpty();
        assertThat(counts).as("sample counts").allSatisfy((type, n) -> assertThat(n).as(type.getSimpleName()).isOne());
        assertThat(counts.keySet()).as("samples of undeclared messages")
                .allSatisfy(type -> assertThat(Messages.CATALOG.all()).anyMatch(i -> i.type() == type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void bodyRoundTripsAndReencodesToTheSameBytes(String name, Message sample) {
        MessageInfo info = Messages.CATALOG.info(sample.getClass());
        byte[] body = MESSAGES.encodeBody(sample);
        Message decoded = MESSAGES.decodeBody(info, body, 0, body.length);
        assertThat(decoded).isEqualTo(sample);
        assertThat(MESSAGES.encodeBody(decoded)).isEqualTo(body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void datagramRoundTripsWithEveryHeaderVariant(String name, Message sample) {
        List<List<Integer>> ackLists = List.of(List.of(), List.of(1), List.of(0x01020304, 0xFFFFFFFF, 0));
        for (boolean reliable : new boolean[] {false, true}) {
            for (boolean zerocoded : new boolean[] {false, true}) {
                for (List<Integer> acks : ackLists) {
                    Packet packet = new Packet(reliable, reliable, zerocoded, 0x80000001, sample, acks);
                    Packet asFlagged = PACKETS.decode(PACKETS.encode(packet, ZeroCodePolicy.AS_FLAGGED));
                    assertThat(asFlagged).as("%s as flagged", packet).isEqualTo(packet);

                    byte[] shortest = PACKETS.encode(packet);
                    boolean coded = (shortest[0] & Packet.FLAG_ZEROCODED) != 0;
                    assertThat(PACKETS.decode(shortest)).as("%s when shorter", packet)
                            .isEqualTo(new Packet(reliable, reliable, coded, 0x80000001, sample, acks));
                }
            }
        }
    }
}
