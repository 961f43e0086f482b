package rituals.trace.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.trace.Channel;
import rituals.trace.ManualClock;
import rituals.trace.Probe;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

class JsonLinesSinkTest {
    private static final TraceHeader HEADER = TraceHeader.now(0, "rituals test", "JsonLinesSinkTest");

    @TempDir
    Path dir;

    @Test
    void probesOnSeveralThreadsAppendWholeLines() throws Exception {
        Path file = dir.resolve("server.jsonl");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (JsonLinesSink sink = JsonLinesSink.append(file, HEADER)) {
            Probe probe = Probe.to(Side.SERVER, sink, new ManualClock(0));
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        probe.emit(Channel.UDP, Verb.RECV, "AgentUpdate", 76, "Thread", thread, "I", i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            // Flushed as it goes: readable before the sink is closed.
            assertThat(JsonLines.read(file).events()).hasSize(1000);
        } finally {
            pool.shutdown();
        }
        List<TraceEvent> events = JsonLines.read(file).events();
        assertThat(events).extracting(TraceEvent::seq).doesNotHaveDuplicates().hasSize(1000);
        assertThat(events).allMatch(e -> e.key().equals("SERVER.UDP.RECV.AgentUpdate"));
    }

    @Test
    void appendingKeepsWhatWasThere() throws IOException {
        Path file = dir.resolve("log.jsonl");
        for (int run = 0; run < 2; run++) {
            try (JsonLinesSink sink = JsonLinesSink.append(file, HEADER)) {
                Probe.to(Side.CLIENT, sink, new ManualClock(0)).emit(Channel.LOGIN, Verb.START, "", -1, "Run", run);
            }
        }
        TraceFile trace = JsonLines.read(file);
        assertThat(trace.header()).isEqualTo(HEADER);
        assertThat(trace.events()).extracting(e -> e.fact("Run")).containsExactly("0", "1");
        assertThat(Files.readAllLines(file)).as("one header, then the events").hasSize(3);
    }

    @Test
    void aFileOfAnotherSchemaIsNotAppendedTo() throws IOException {
        Path file = dir.resolve("old.jsonl");
        Files.writeString(file, "{\"seq\":1,\"t_ms\":0,\"side\":\"CLIENT\",\"channel\":\"LOGIN\",\"event\":\"START\","
                + "\"subject\":\"\",\"size\":-1,\"facts\":{}}\n");

        assertThatThrownBy(() -> JsonLinesSink.append(file, HEADER)).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot append to " + file).hasMessageContaining("name a new file");
        assertThat(Files.readAllLines(file)).hasSize(1);
    }

    @Test
    void aFailingDiskStopsTheLogButNotTheObservedPeer() throws IOException {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        try (JsonLinesSink sink = new JsonLinesSink(broken)) {
            Probe probe = Probe.to(Side.SERVER, sink, new ManualClock(0));
            probe.emit(Channel.UDP, Verb.SEND, "PacketAck", 15);
            probe.emit(Channel.UDP, Verb.SEND, "PacketAck", 15);

            assertThat(sink.failure()).hasValueSatisfying(e -> assertThat(e).hasMessage("disk full"));
        }
    }
}
