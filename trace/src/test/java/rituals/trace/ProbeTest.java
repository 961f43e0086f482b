package rituals.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProbeTest {
    private final Recorder recorder = new Recorder(new ManualClock(0));

    @Test
    void aScopedProbeNamesItsRegionCircuitAndAgentOnEveryEventOfTheSameTimeline() {
        Probe server = recorder.probe(Side.SERVER);
        UUID agent = UUID.fromString("7d405ba1-d4d6-4358-9238-370d6a93d427");
        Probe circuit = server.inRegion("Lost Island", 1099511628032000L).onCircuit(812, "Test User", agent);

        server.emit(Channel.LOGIN, Verb.AUTH_SUCCESS, "", -1);
        circuit.emit(Channel.UDP, Verb.SEND, "RegionHandshake", 200);

        TraceEvent login = recorder.timeline().get(0);
        TraceEvent sent = recorder.timeline().get(1);
        assertThat(login.scope()).isEqualTo(Scope.NONE);
        assertThat(sent.seq()).isEqualTo(2);
        assertThat(sent.scope()).isEqualTo(new Scope("Lost Island", 1099511628032000L, 812, "Test User",
                agent.toString()));
        assertThat(sent.from()).isEqualTo(Party.region("Lost Island"));
        assertThat(sent.to()).isEqualTo(Party.CLIENT);
    }

    @Test
    void anObserverNamesBothPartiesItself() {
        Probe observer = recorder.probe(Side.OBSERVER);

        observer.emitBetween(Party.region("Lost Island"), Party.CLIENT, Channel.UDP, Verb.RECV, "LayerData", 923);

        TraceEvent e = recorder.timeline().get(0);
        assertThat(e.side()).isEqualTo(Side.OBSERVER);
        assertThat(e.from()).isEqualTo(Party.region("Lost Island"));
        assertThat(e.to()).isEqualTo(Party.CLIENT);
    }

    @Test
    void anOffProbeStaysOffAndCostsNoNewProbeWhenScoped() {
        Probe off = Probe.off(Side.SERVER);

        assertThat(off.inRegion("Lost Island", 1)).isSameAs(off);
        off.emit(Channel.UDP, Verb.SEND, "PacketAck", 15);
        assertThat(off.on()).isFalse();
    }
}
