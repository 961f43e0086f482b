package rituals.bench;

import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import rituals.protocol.terrain.LayerBlob;
import rituals.protocol.terrain.LayerDataCodec;
import rituals.protocol.terrain.LayerGroup;
import rituals.protocol.terrain.TerrainPacker;
import rituals.server.world.terrain.IslandGenerator;

/**
 * A whole 256×256 region (the default island, 256 patches) through the LayerData codec on one thread: encoding it
 * into OpenSim-sized blobs as a newly arrived avatar receives it, and decoding those blobs again. Target: at most
 * 5 ms per region encode.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TerrainBenchmark {
    private float[] island;
    private List<byte[]> blobs;

    @Setup
    public void setUp() {
        island = IslandGenerator.generate(1L).toArray();
        blobs = new ArrayList<>();
        for (LayerBlob blob : encodeRegion()) {
            blobs.add(blob.data());
        }
    }

    /** All 256 patches, in OpenSim's order, packed into blobs of about 900 bytes. */
    @Benchmark
    public List<LayerBlob> encodeRegion() {
        return TerrainPacker.packInitial(island, 128f, 128f, 128f);
    }

    /** The same blobs back to 256 patches of heights. */
    @Benchmark
    public void decodeRegion(Blackhole sink) {
        for (byte[] data : blobs) {
            LayerGroup group = LayerDataCodec.decode(data);
            sink.consume(group);
        }
    }
}
