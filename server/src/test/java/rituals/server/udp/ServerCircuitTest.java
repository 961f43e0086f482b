package rituals.server.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.CompletePingCheck;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.Messages;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.StartPingCheck;
import rituals.protocol.types.Bytes;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.trace.Probe;
import rituals.trace.Side;

/** One circuit's transport with time in our hands and datagrams in a list: no sockets. */
class ServerCircuitTest {
    private static final long MS = 1_000_000L;
    private final PacketCodec codec = new PacketCodec(Messages.CATALOG);
    private final List<Packet> sent = new ArrayList<>();
    private final UUID agent = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();
    private final DropCounters drops = new DropCounters();
    /** Opened by a datagram big enough that the send budget of an unproven endpoint never binds (see below). */
    private final ServerCircuit circuit = circuit(100_000);

    private ServerCircuit circuit(int openingBytes) {
        return new ServerCircuit(new InetSocketAddress("127.0.0.1", 9), agent, session, codec,
                (to, d) -> sent.add(codec.decode(d)), CircuitSettings.DEFAULT, Probe.off(Side.SERVER), drops, 1,
                openingBytes, 0);
    }

    private List<Packet> sentOf(Class<?> type) {
        return sent.stream().filter(p -> type.isInstance(p.message())).toList();
    }

    @Test
    void acksAreFlushedAsPacketAckEvery500msAndDuplicatesAreNotProcessedTwice() {
        Packet reply = Packet.of(7, RegionHandshakeReply.of(agent, session, 0), true, true);
        assertThat(circuit.receive(reply, 50, 10 * MS)).isEqualTo(ServerCircuit.Verdict.ACCEPT);
        assertThat(circuit.receive(reply.asResent(), 50, 20 * MS)).isEqualTo(ServerCircuit.Verdict.DUPLICATE);
        circuit.tick(499 * MS);
        assertThat(sentOf(PacketAck.class)).isEmpty();
        circuit.tick(500 * MS);
        assertThat(sentOf(PacketAck.class)).singleElement()
                .satisfies(p -> assertThat(((PacketAck) p.message()).ids()).containsExactly(7, 7));
    }

    @Test
    void foreignIdsAreRejectedBeforeBeingAckedButStillCountAsLife() {
        Packet spoof = Packet.of(3, RegionHandshakeReply.of(agent, UUID.randomUUID(), 0), true, true);
        assertThat(circuit.receive(spoof, 50, 40_000 * MS)).isEqualTo(ServerCircuit.Verdict.BAD_IDS);
        assertThat(circuit.lastReceivedNanos()).isEqualTo(40_000 * MS);
        circuit.flushAcks(40_001 * MS);
        assertThat(sentOf(PacketAck.class)).isEmpty();
    }

    @Test
    void unackedReliablePacketsAreResentNoSoonerThanTheAckCadenceFloor() {
        circuit.send(LayerData.of(LayerData.LAND, Bytes.of(new byte[10])), true, Category.LAND, 0);
        circuit.tick(700 * MS);
        assertThat(sentOf(LayerData.class)).hasSize(1);
        circuit.tick(1000 * MS);
        List<Packet> layers = sentOf(LayerData.class);
        assertThat(layers).hasSize(2);
        assertThat(layers.get(1).resent()).isTrue();
        assertThat(layers.get(1).sequence()).isEqualTo(layers.get(0).sequence());
        circuit.receive(Packet.of(1, PacketAck.of(List.of(layers.get(0).sequence())), false, false), 15, 1100 * MS);
        circuit.tick(5000 * MS);
        assertThat(sentOf(LayerData.class)).hasSize(2);
    }

    @Test
    void pingsEveryFiveSecondsAndTheirAnswerSetsTheRto() {
        circuit.tick(4999 * MS);
        assertThat(sentOf(StartPingCheck.class)).isEmpty();
        circuit.tick(5000 * MS);
        StartPingCheck ping = (StartPingCheck) sentOf(StartPingCheck.class).get(0).message();
        circuit.receive(Packet.of(1, CompletePingCheck.of(ping.pingID().pingID()), false, false), 8, 5010 * MS);
        assertThat(circuit.rtoMillis()).isEqualTo(250); // 5 × 10 ms, clamped up to OpenSim's floor
        circuit.receive(Packet.of(2, StartPingCheck.of(9, 0), false, false), 12, 5020 * MS);
        assertThat(((CompletePingCheck) sentOf(CompletePingCheck.class).get(0).message()).pingID().pingID())
                .isEqualTo(9);
    }

    @Test
    void theLandQueueKeepsToTheClientsThrottle() {
        // AgentThrottle asks for 8,000 bits/s of land: 1,000 bytes/s after OpenSim's × 0.125.
        byte[] t = new byte[28];
        int land = Float.floatToIntBits(8000f);
        for (int i = 0; i < 4; i++) {
            t[4 + i] = (byte) (land >>> (8 * i));
        }
        circuit.throttle(Bytes.of(t));
        assertThat(circuit.rate(Category.LAND)).isEqualTo(1000.0);
        for (int i = 0; i < 10; i++) {
            circuit.send(LayerData.of(LayerData.LAND, Bytes.of(new byte[490])), true, Category.LAND, 0);
        }
        int first = sentOf(LayerData.class).size();
        assertThat(first).as("one second's budget, overdrawn by at most one datagram").isBetween(2, 3);
        List<Integer> delivered = sentOf(LayerData.class).stream().map(Packet::sequence).toList();
        circuit.receive(Packet.of(1, PacketAck.of(delivered), false, false), 20, 10 * MS);
        circuit.tick(2000 * MS);
        assertThat(sentOf(LayerData.class)).as("a full bucket again, nothing resent").hasSize(first + 2);
        assertThat(sentOf(LayerData.class)).noneMatch(Packet::resent);
        assertThat(circuit.queued()).isPositive();
    }

    private static LayerData land(int bytes) {
        return LayerData.of(LayerData.LAND, Bytes.of(new byte[bytes]));
    }

    @Test
    void anUnprovenEndpointIsSentAtMostThreeTimesWhatItSentUntilItAcks() {
        ServerCircuit c = circuit(46); // a UseCircuitCode: 138 bytes of budget
        c.send(land(100), true, Category.UNTHROTTLED, 0);
        c.send(land(100), true, Category.UNTHROTTLED, 0);
        c.send(land(100), true, Category.UNTHROTTLED, 0);
        assertThat(sentOf(LayerData.class)).as("one fits, the rest wait").hasSize(1);
        int size = codec.encode(sent.get(0)).length;
        assertThat(c.heldTotal()).isEqualTo(2);
        c.tick(2000 * MS);
        assertThat(sentOf(LayerData.class)).as("not even a resend exceeds the budget").hasSize(1);
        assertThat(c.resendsWithheld()).isEqualTo(1);

        c.receive(Packet.of(2, PacketAck.of(List.of(sent.get(0).sequence() + 1000)), false, false), size / 3 + 1,
                2010 * MS);
        assertThat(c.proven()).as("an ack of a sequence never sent proves nothing").isFalse();
        c.tick(2020 * MS);
        assertThat(sentOf(LayerData.class)).as("the bytes it sent buy one more datagram").hasSize(2);

        c.receive(Packet.of(3, PacketAck.of(List.of(sent.get(0).sequence())), false, false), 15, 2030 * MS);
        assertThat(c.proven()).isTrue();
        List<Packet> layers = sentOf(LayerData.class);
        assertThat(layers).as("the proof releases the rest, in sequence order").hasSize(3);
        assertThat(layers).extracting(Packet::sequence).containsExactly(1, 2, 3);
        c.send(land(1000), true, Category.UNTHROTTLED, 2040 * MS);
        assertThat(sentOf(LayerData.class)).hasSize(4);
    }

    @Test
    void aFullThrottleQueueDropsAndCountsWhatComesNext() {
        int max = CircuitSettings.DEFAULT.maxQueued();
        for (int i = 0; i < 1000; i++) {
            circuit.send(land(900), true, Category.LAND, 0);
        }
        int sentNow = sentOf(LayerData.class).size();
        assertThat(circuit.queued()).isEqualTo(max);
        assertThat(drops.get(DropReason.QUEUE_FULL)).isEqualTo(1000 - sentNow - max);
    }
}
