package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.AgentData;
import rituals.protocol.message.AgentThrottle;
import rituals.protocol.message.CompleteAgentMovement;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.RegionHandshakeReply;
import rituals.protocol.message.RequestRegionInfo;
import rituals.protocol.message.UseCircuitCode;
import rituals.server.udp.CircuitSettings;
import rituals.server.udp.DropReason;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/** A logged-in client turned against the venue or through it, over real loopback sockets (docs/SECURITY.md). */
class AbuseIT {

    /**
     * The attacker logged in, then writes the victim's address as the source of its datagrams: the victim's socket
     * sends them here, and never acks or answers anything, as a victim would not. It also acks the sequence numbers
     * a server starting at 1 would use, hoping to pass for an endpoint that receives.
     */
    @Test
    void aCircuitClaimedFromASpoofedAddressIsSentAtMostThreeTimesWhatCameFromThere() {
        RegionSettings s = RegionSettings.defaults("Test Region").withTimeouts(Duration.ofSeconds(3),
                Duration.ofSeconds(60));
        try (RegionFixture f = new RegionFixture(s); RawClient victim = f.client()) {
            victim.fallSilent();
            Provision p = f.provision("Test", "User");
            victim.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            f.events.await("SERVER.CIRCUIT.OPEN", WAIT);
            victim.send(CompleteAgentMovement.of(p.agentId(), p.sessionId(), p.circuitCode()), true);
            victim.send(RegionHandshakeReply.of(p.agentId(), p.sessionId(), 0), true);
            List<Integer> guesses = new ArrayList<>();
            for (int seq = 1; seq <= 255; seq++) {
                guesses.add(seq);
            }
            victim.send(PacketAck.of(guesses), false);
            f.events.await("SERVER.CIRCUIT.CLOSE", Duration.ofSeconds(20)); // silent for 3 s: nothing more is sent

            long out = 0;
            for (TraceEvent e : f.events.matching(e -> e.verb().outbound())) {
                out += e.size();
            }
            long in = victim.bytesSent();
            assertThat(out).as("bytes the venue sent to the victim, for %d bytes from there", in)
                    .isLessThanOrEqualTo(3 * in);
            assertThat(victim.delivered(LayerData.class)).as("no terrain for an endpoint that never acked").isEmpty();
        }
    }

    /** A client that asks faster than its throttle lets the answers out cannot grow the venue's heap. */
    @Test
    void requestsPiledBehindTheThrottleAreBoundedDroppedAndCounted() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Test", "User");
            RegionFixture.ritual(c, p);
            c.await(LayerData.class, WAIT);
            // The slowest throttle there is: every category at OpenSim's floor of 1,000 bytes/s.
            c.send(AgentThrottle.of(p.agentId(), p.sessionId(), p.circuitCode(), 0, 0, 0, 0, 0, 0, 0, 0), true);
            int asked = 1000;
            for (int i = 0; i < asked; i++) {
                c.send(new RequestRegionInfo(new AgentData(p.agentId(), p.sessionId())), true);
            }
            // The loop handles datagrams in order: once the one after the flood is in, every request was answered,
            // queued or dropped.
            c.send(RegionHandshakeReply.of(p.agentId(), p.sessionId(), 0), true);
            f.events.awaitCount("SERVER.UDP.RECV.RegionHandshakeReply", 2, WAIT);
            f.events.await("SERVER.UDP.DROP.queue-full", WAIT);
            long dropped = f.region.drops().get(DropReason.QUEUE_FULL);
            long answered = f.events.keyed("SERVER.UDP.SEND.RegionInfo").size();
            assertThat(dropped).isEqualTo(f.events.keyed("SERVER.UDP.DROP.queue-full").size());
            assertThat(asked - dropped - answered).as("what waits behind the throttle")
                    .isLessThanOrEqualTo(CircuitSettings.DEFAULT.maxQueued());
            assertThat(f.events.matching(e -> e.verb() == Verb.CLOSE)).as("the circuit lives on").isEmpty();
        }
    }
}
