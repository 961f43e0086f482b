package rituals.server.region;

import static org.assertj.core.api.Assertions.assertThat;
import static rituals.server.region.RegionFixture.WAIT;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import rituals.protocol.message.CloseCircuit;
import rituals.protocol.message.DisableSimulator;
import rituals.protocol.message.KickUser;
import rituals.protocol.message.LayerData;
import rituals.protocol.message.LogoutReply;
import rituals.protocol.message.LogoutRequest;
import rituals.protocol.message.PacketAck;
import rituals.protocol.message.Messages;
import rituals.protocol.message.UseCircuitCode;
import rituals.protocol.udp.Packet;
import rituals.protocol.udp.PacketCodec;
import rituals.server.testing.LogCapture;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/** How circuits end: silence, logout, kick, and a provision nobody came for. */
class CircuitEndIT {

    @Test
    void aSilentCircuitIsDisabledAndFreedAfterTheAckTimeout() {
        RegionSettings s = RegionSettings.defaults("Quiet Region").withTimeouts(Duration.ofMillis(300),
                Duration.ofSeconds(60));
        try (LogCapture log = new LogCapture(SessionHandlers.class); RegionFixture f = new RegionFixture(s);
                RawClient c = f.client()) {
            Provision p = f.provision("Wall", "Flower");
            RegionFixture.ritual(c, p);
            c.await(LayerData.class, WAIT);
            c.fallSilent();
            c.await(DisableSimulator.class, WAIT);
            TraceEvent timeout = f.events.await("SERVER.CIRCUIT.TIMEOUT", WAIT);
            assertThat(timeout.fact("User")).isEqualTo("Wall Flower");
            assertThat(Long.parseLong(timeout.fact("SilenceMs"))).isGreaterThanOrEqualTo(300);
            assertThat(timeout.fact("LimitMs")).isEqualTo("300");
            TraceEvent close = f.events.await("SERVER.CIRCUIT.CLOSE", WAIT);
            assertThat(close.fact("Reason")).isEqualTo("timeout");
            assertThat(f.region.isPresent(p.agentId())).isFalse();
            assertThat(f.left).containsExactly(p.agentId() + " timeout");
            assertThat(log.lines).anySatisfy(l -> assertThat(l).matches(
                    "\\[LLUDPSERVER\\]: No packets received from root agent of Wall Flower for \\d+ms in Quiet Region"
                            + "\\.  Disconnecting\\."));
        }
    }

    @Test
    void logoutRequestIsAnsweredWithLogoutReplyThenTheCircuitCloses() {
        try (LogCapture log = new LogCapture(SessionHandlers.class); RegionFixture f = new RegionFixture();
                RawClient c = f.client()) {
            Provision p = f.provision("Leaving", "Soon");
            RegionFixture.ritual(c, p);
            c.send(LogoutRequest.of(p.agentId(), p.sessionId()), true);
            LogoutReply reply = c.await(LogoutReply.class, WAIT);
            assertThat(reply.agentData().agentID()).isEqualTo(p.agentId());
            assertThat(reply.inventoryData()).hasSize(1);
            TraceEvent close = f.events.await("SERVER.CIRCUIT.CLOSE", WAIT);
            assertThat(close.fact("Reason")).isEqualTo("logout");
            assertThat(f.region.isPresent(p.agentId())).isFalse();
            assertThat(c.delivered(DisableSimulator.class)).as("a normal logout sends no DisableSimulator").isEmpty();
            assertThat(log.lines).contains("[CLIENT]: Got a logout request for Leaving Soon in Test Region");
        }
    }

    @Test
    void closeCircuitRightAfterLogoutReplyClosesAtOnceEvenUnacked() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Quick", "Exit");
            RegionFixture.ritual(c, p);
            c.await(LayerData.class, WAIT);
            c.fallSilent(); // LogoutReply stays unacked, as when a viewer closes its socket straight after it
            c.send(LogoutRequest.of(p.agentId(), p.sessionId()), true);
            c.await(LogoutReply.class, WAIT);
            c.sendRaw(new PacketCodec(Messages.CATALOG).encode(Packet.of(0, new CloseCircuit(), true, false)));
            assertThat(f.events.await("SERVER.CIRCUIT.CLOSE", WAIT).fact("Reason")).isEqualTo("close-circuit");
            assertThat(f.region.isPresent(p.agentId())).isFalse();
        }
    }

    @Test
    void aNewCircuitFromAnEndpointStillHeldReplacesTheStaleOne() {
        try (RegionFixture f = new RegionFixture()) {
            Provision gone = f.provision("Gone", "Before");
            int port;
            try (RawClient old = f.client()) {
                port = old.address().getPort();
                RegionFixture.ritual(old, gone);
                old.await(LayerData.class, WAIT);
            } // its socket closes without a word: the venue still holds the circuit at that endpoint
            Provision next = f.provision("Next", "Comer");
            try (RawClient c = f.client(port)) {
                RegionFixture.ritual(c, next);
                assertThat(c.await(LayerData.class, WAIT)).isNotNull();
                TraceEvent close = f.events.await("SERVER.CIRCUIT.CLOSE", WAIT);
                assertThat(close.fact("User")).isEqualTo("Gone Before");
                assertThat(close.fact("Reason")).isEqualTo("endpoint reused");
                assertThat(f.region.isPresent(gone.agentId())).isFalse();
                assertThat(f.region.isPresent(next.agentId())).isTrue();
            }
        }
    }

    @Test
    void aStrangerCodeFromAHeldEndpointDoesNotEndItsCircuit() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Stays", "Put");
            RegionFixture.ritual(c, p);
            c.await(LayerData.class, WAIT);
            c.send(UseCircuitCode.of(p.circuitCode() + 1, p.sessionId(), p.agentId()), true);
            f.events.await("SERVER.UDP.DROP.unknown-circuit-code", WAIT);
            assertThat(f.region.isPresent(p.agentId())).isTrue();
            assertThat(f.events.all()).noneMatch(e -> e.verb() == Verb.CLOSE);
        }
    }

    @Test
    void kickSendsKickUserWithTheReason() {
        try (RegionFixture f = new RegionFixture(); RawClient c = f.client()) {
            Provision p = f.provision("Twice", "Seen");
            RegionFixture.ritual(c, p);
            f.region.kick(p.agentId(), "You logged in elsewhere");
            assertThat(c.await(KickUser.class, WAIT).userInfo().reason()).isEqualTo("You logged in elsewhere");
            assertThat(f.events.await("SERVER.CIRCUIT.CLOSE", WAIT).fact("Reason")).isEqualTo("kicked");
        }
    }

    @Test
    void aProvisionWithoutUseCircuitCodeExpires() {
        RegionSettings s = RegionSettings.defaults("Test Region").withTimeouts(Duration.ofSeconds(60),
                Duration.ofMillis(200));
        try (RegionFixture f = new RegionFixture(s); RawClient c = f.client()) {
            Provision p = f.provision("Never", "Came");
            TraceEvent expire = f.events.await("SERVER.CIRCUIT.EXPIRE", WAIT);
            assertThat(expire.fact("User")).isEqualTo("Never Came");
            assertThat(expire.fact("LimitMs")).isEqualTo("200");
            assertThat(f.region.isPresent(p.agentId())).isFalse();
            assertThat(f.left).containsExactly(p.agentId() + " expired");

            c.send(UseCircuitCode.of(p.circuitCode(), p.sessionId(), p.agentId()), true);
            c.await(PacketAck.class, WAIT);
            f.events.await("SERVER.UDP.DROP.unknown-circuit-code", WAIT);
            assertThat(f.events.keyed("SERVER.CIRCUIT.OPEN")).isEmpty();
        }
    }
}
