package rituals.bench;

import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import rituals.protocol.message.Message;
import rituals.protocol.message.Messages;
import rituals.protocol.udp.DatagramView;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;

/**
 * The relay's read path against today's: the same captured datagrams (those of {@link CodecBenchmark}) decoded by
 * {@link PacketCodec#decode} into a {@link Packet}, and read through a {@link DatagramView}, either a new view per
 * datagram or one view re-pointed at each (as a receive loop would). Run with {@code -prof gc} to compare the bytes
 * allocated per operation: the view must not allocate more than the Packet route.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DatagramViewBenchmark {
    private final PacketCodec codec = new PacketCodec(Messages.CATALOG);
    private final DatagramView reused = new DatagramView();
    private byte[] agentUpdate;
    private byte[] objectUpdate;
    private byte[] packetAck;

    @Setup
    public void setUp() {
        HexFormat hex = HexFormat.of();
        agentUpdate = hex.parseHex(CodecBenchmark.AGENT_UPDATE);
        objectUpdate = hex.parseHex(CodecBenchmark.OBJECT_UPDATE);
        packetAck = hex.parseHex(CodecBenchmark.PACKET_ACK);
    }

    @Benchmark
    public Packet packetAgentUpdate() {
        return codec.decode(agentUpdate, 0, agentUpdate.length);
    }

    @Benchmark
    public Message newViewAgentUpdate() {
        return DatagramView.of(agentUpdate).message(codec);
    }

    @Benchmark
    public Message reusedViewAgentUpdate() {
        return reused.wrap(agentUpdate, 0, agentUpdate.length).message(codec);
    }

    @Benchmark
    public Packet packetObjectUpdate() {
        return codec.decode(objectUpdate, 0, objectUpdate.length);
    }

    @Benchmark
    public Message newViewObjectUpdate() {
        return DatagramView.of(objectUpdate).message(codec);
    }

    @Benchmark
    public Message reusedViewObjectUpdate() {
        return reused.wrap(objectUpdate, 0, objectUpdate.length).message(codec);
    }

    @Benchmark
    public Packet packetPacketAck() {
        return codec.decode(packetAck, 0, packetAck.length);
    }

    @Benchmark
    public Message newViewPacketAck() {
        return DatagramView.of(packetAck).message(codec);
    }

    @Benchmark
    public Message reusedViewPacketAck() {
        return reused.wrap(packetAck, 0, packetAck.length).message(codec);
    }
}
