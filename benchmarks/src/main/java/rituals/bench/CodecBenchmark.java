package rituals.bench;

import java.util.Arrays;
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
import rituals.protocol.message.Messages;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.protocol.udp.ZeroCodePolicy;
import rituals.protocol.udp.ZeroCoder;

/**
 * Throughput of the packet codec on real datagrams captured from libomv and OpenSim (the protocol module's
 * captures/datagrams): the per-client heartbeat (AgentUpdate), an avatar's ObjectUpdate, a PacketAck, and zero-coding
 * alone. Run: {@code java -jar benchmarks/target/benchmarks.jar CodecBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {
    /** AgentUpdate--libomv--ZR: zero-coded, reliable, 76 bytes on the wire, 115-byte body. */
    static final String AGENT_UPDATE = "c0000000050004aaaaaaaa00024000018000060150e7c694ed3544949d2363ae3233"
            + "6981001c430003430002a041a4707d3f31082c3d0004119d2dbd1cc57f3f000b8002ab7d3f0003430005";
    /** ObjectUpdate--opensim--ZR: the avatar's own full update at login (PCode 47, 76-byte motion, NameValue). */
    static final String OBJECT_UPDATE = "c000000004000c0001e8030002e8030001ffff01af331d2b0001aaaaaaaa0002400001"
            + "8000060100042f0400016666e63e9a99193f3333f33f4c000e803f63ffff427dffff4287d6cf4100202aa6ad3c002e4b0001"
            + "46697273744e616d6520535452494e4720525720535620546573740a4c6173744e616d6520535452494e4720525720535620"
            + "557365720a5469746c6520535452494e4720525720535620004d";
    /** PacketAck--libomv: ten ids. */
    static final String PACKET_ACK =
            "000000000b00fffffffb0a0300000006000000050000000400000008000000090000000a000000070000000b0000000e000000";

    private final PacketCodec codec = new PacketCodec(Messages.CATALOG);
    private byte[] agentUpdate;
    private byte[] objectUpdate;
    private byte[] packetAck;
    private Packet agentUpdatePacket;
    private Packet objectUpdatePacket;
    private Packet packetAckPacket;
    /** The AgentUpdate's message number and body before zero-coding, and a buffer to code it into. */
    private byte[] agentUpdateRaw;
    private byte[] zeroCoded;
    private byte[] zeroScratch;

    @Setup
    public void setUp() {
        HexFormat hex = HexFormat.of();
        agentUpdate = hex.parseHex(AGENT_UPDATE);
        objectUpdate = hex.parseHex(OBJECT_UPDATE);
        packetAck = hex.parseHex(PACKET_ACK);
        agentUpdatePacket = codec.decode(agentUpdate);
        objectUpdatePacket = codec.decode(objectUpdate);
        packetAckPacket = codec.decode(packetAck);
        zeroCoded = Arrays.copyOfRange(agentUpdate, 6, agentUpdate.length);
        agentUpdateRaw = ZeroCoder.decode(zeroCoded, 0, zeroCoded.length, 6);
        zeroScratch = new byte[ZeroCoder.maxEncodedLength(agentUpdateRaw.length)];
    }

    @Benchmark
    public Packet decodeAgentUpdate() {
        return codec.decode(agentUpdate, 0, agentUpdate.length);
    }

    @Benchmark
    public byte[] encodeAgentUpdate() {
        return codec.encode(agentUpdatePacket, ZeroCodePolicy.AS_FLAGGED);
    }

    @Benchmark
    public Packet decodeObjectUpdate() {
        return codec.decode(objectUpdate, 0, objectUpdate.length);
    }

    @Benchmark
    public byte[] encodeObjectUpdate() {
        return codec.encode(objectUpdatePacket);
    }

    @Benchmark
    public Packet decodePacketAck() {
        return codec.decode(packetAck, 0, packetAck.length);
    }

    @Benchmark
    public byte[] encodePacketAck() {
        return codec.encode(packetAckPacket);
    }

    @Benchmark
    public int zeroEncodeAgentUpdate() {
        return ZeroCoder.encode(agentUpdateRaw, 0, agentUpdateRaw.length, zeroScratch, 0);
    }

    @Benchmark
    public byte[] zeroDecodeAgentUpdate() {
        return ZeroCoder.decode(zeroCoded, 0, zeroCoded.length, 6);
    }
}
