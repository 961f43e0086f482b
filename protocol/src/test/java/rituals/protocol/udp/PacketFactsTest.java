package rituals.protocol.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.Messages;

/** The facts probes record for captured datagrams: read off the capture, not off our encoder. */
class PacketFactsTest {
    private static final PacketCodec CODEC = new PacketCodec(Messages.CATALOG);

    @Test
    void openSimsFirstLandDatagramCountsItsSeventeenPatches() {
        Packet land = CODEC.decode(Capture.named("LayerData--opensim--R.hex").bytes());

        List<Object> facts = List.of(PacketFacts.of(land, "Extra", 1));

        assertThat(facts).containsSubsequence("Type", "0x4C", "Patches", "17", "Extra", 1, "Sequence");
        assertThat(facts.subList(facts.size() - 4, facts.size()))
                .containsExactly("Sequence", Integer.toUnsignedString(land.sequence()), "Reliable", true);
    }
}
