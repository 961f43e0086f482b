package rituals.client.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentThrottle;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.CompletePingCheck;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.Messages;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.StartPingCheck;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.testing.Captures;
import rituals.protocol.types.Bytes;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.trace.ManualClock;
import rituals.trace.Probe;
import rituals.trace.Side;

class ClientCircuitTest {
    static final UUID AGENT = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    static final UUID SESSION = UUID.fromString("50e7c694-ed35-4494-9d23-63ae32336981");
    static final long CODE = 1082984734L;

    final PacketCodec codec = new PacketCodec(Messages.CATALOG);
    final ManualClock clock = new ManualClock(1_700_000_000_000L, 1_000_000_000L);
    final List<byte[]> sent = new ArrayList<>();
    final List<Integer> acked = new ArrayList<>();
    final ClientCircuit circuit = new ClientCircuit(codec, CircuitSettings.LIBREMETAVERSE, sent::add, clock,
            Probe.off(Side.CLIENT), acked::add);

    private Packet lastSent() {
        return codec.decode(sent.get(sent.size() - 1));
    }

    private void receive(String capture) {
        byte[] d = Captures.datagram(capture);
        circuit.receive(codec.decode(d), d.length);
    }

    @Test
    void theOpeningIsByteForByteWhatLibomvSent() {
        circuit.send(UseCircuitCode.of(CODE, SESSION, AGENT), true);
        circuit.send(CompleteAgentMovement.of(AGENT, SESSION, CODE), true);
        receive("RegionHandshake--opensim--ZR");
        receive("AgentMovementComplete--opensim--R");
        // libomv 0.9.4 answered with Flags 0x04; LibreMetaverse (and the suitor) send 0x07: only that byte differs
        circuit.send(RegionHandshakeReply.of(AGENT, SESSION, 0x04), true);
        circuit.send(AgentThrottle.of(AGENT, SESSION, CODE, 0, 150_000, 170_000, 34_000, 34_000, 360_448, 360_448,
                220_000), true);
        circuit.sendCloseCircuit();

        assertThat(sent).hasSize(5);
        assertThat(sent.get(0)).isEqualTo(Captures.datagram("UseCircuitCode--libomv--R"));
        assertThat(sent.get(1)).isEqualTo(Captures.datagram("CompleteAgentMovement--libomv--R"));
        // the two reliable packets the sim sent ride on the reply as appended acks, as libomv did
        assertThat(sent.get(2)).isEqualTo(Captures.datagram("RegionHandshakeReply--libomv--ZRA"));
        assertThat(sent.get(3)).isEqualTo(Captures.datagram("AgentThrottle--libomv--ZR"));
        assertThat(sent.get(4)).isEqualTo(Captures.datagram("CloseCircuit--libomv--R"));
    }

    @Test
    void answersTheSimsPingAtOnceAndFlushesOwedAcksFirst() {
        receive("AgentMovementComplete--opensim--R"); // reliable: an ack is owed
        receive("StartPingCheck--opensim---"); // OldestUnacked = 3: flush before answering
        assertThat(sent).hasSize(2);
        assertThat(codec.decode(sent.get(0)).message()).isInstanceOf(PacketAck.class);
        Packet answer = codec.decode(sent.get(1));
        assertThat(answer.message()).isEqualTo(CompletePingCheck.of(0));
        assertThat(answer.reliable()).isFalse();
    }

    @Test
    void owedAcksGoOutAtTenPendingOrOnTheHalfSecondTick() {
        for (int seq = 1; seq <= 9; seq++) {
            circuit.receive(reliableLand(seq), 20);
        }
        assertThat(sent).isEmpty();
        circuit.receive(reliableLand(10), 20);
        assertThat(sent).hasSize(1);
        assertThat(((PacketAck) lastSent().message()).ids()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        circuit.receive(reliableLand(11), 20);
        clock.advanceMillis(499);
        circuit.tick();
        assertThat(sent).hasSize(1);
        clock.advanceMillis(1);
        circuit.tick();
        assertThat(((PacketAck) lastSent().message()).ids()).containsExactly(11);
    }

    @Test
    void aDuplicateIsAckedAgainButNotHandedOn() {
        assertThat(circuit.receive(reliableLand(5), 20)).isTrue();
        assertThat(circuit.receive(reliableLand(5), 20)).isFalse();
        assertThat(circuit.pendingAckCount()).isEqualTo(2);
    }

    @Test
    void reliablePacketsAreResentAfterFourSecondsAtMostThreeTimesWithTheResentFlag() {
        int seq = circuit.send(UseCircuitCode.of(CODE, SESSION, AGENT), true);
        for (int i = 0; i < 5; i++) {
            clock.advanceMillis(4000);
            circuit.tick();
        }
        List<Packet> resends = sent.stream().map(codec::decode)
                .filter(p -> p.message() instanceof UseCircuitCode).toList();
        assertThat(resends).hasSize(4);
        assertThat(resends.subList(1, 4)).allMatch(p -> p.resent() && p.sequence() == seq);
        assertThat(circuit.givenUp()).isEqualTo(1);
    }

    @Test
    void anAckFromTheSimStopsTheResendsAndIsReported() {
        int seq = circuit.send(UseCircuitCode.of(CODE, SESSION, AGENT), true);
        circuit.receive(Packet.of(0, PacketAck.of(List.of(seq)), false, false), 15);
        assertThat(acked).containsExactly(seq);
        clock.advanceMillis(4000);
        circuit.tick();
        assertThat(sent.stream().map(codec::decode).filter(p -> p.message() instanceof UseCircuitCode)).hasSize(1);
    }

    @Test
    void pingsTheSimEveryTwoPointTwoSeconds() {
        clock.advanceMillis(2199);
        circuit.tick();
        assertThat(sent).isEmpty();
        clock.advanceMillis(1);
        circuit.tick();
        assertThat(lastSent().message()).isEqualTo(StartPingCheck.of(0, 0));
        clock.advanceMillis(2200);
        circuit.tick();
        assertThat(((StartPingCheck) lastSent().message()).pingID().pingID()).isEqualTo(1);
    }

    @Test
    void aSilentCircuitSendsNothingAtAllButStillListens() {
        circuit.silent(true);
        receive("StartPingCheck--opensim---");
        circuit.receive(reliableLand(1), 20);
        assertThat(circuit.send(UseCircuitCode.of(CODE, SESSION, AGENT), true)).isEqualTo(-1);
        clock.advanceMillis(10_000);
        circuit.tick();
        circuit.sendCloseCircuit();
        assertThat(sent).isEmpty();
        assertThat(circuit.lastReceivedNanos()).isEqualTo(clock.nanos() - 10_000_000_000L);
    }

    private static Packet reliableLand(int seq) {
        return Packet.of(seq, LayerData.of(LayerData.LAND, Bytes.of((byte) 1)), true, false);
    }
}
