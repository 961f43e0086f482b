package rituals.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.xml.XmlLimits;
import rituals.server.caps.AgentCaps;
import rituals.protocol.caps.Capability;
import rituals.server.caps.CapsRegistry;
import rituals.server.config.ConfigLoader;
import rituals.server.config.Setting;
import rituals.trace.TraceEvent;

/** The seed capability, EventQueueGet and SimulatorFeatures over loopback HTTP. */
class CapsIT {
    static final String LLSD_XML = "application/llsd+xml";
    static final String SEED_REQUEST = "<?xml version=\"1.0\" encoding=\"utf-8\"?><llsd><array>"
            + "<string>EventQueueGet</string><string>SimulatorFeatures</string><string>FetchInventory2</string>"
            + "<string>Seed</string></array></llsd>";
    static final String FIRST_POLL = "<?xml version=\"1.0\" encoding=\"utf-8\"?><llsd><map><key>ack</key>"
            + "<integer>0</integer><key>done</key><boolean>0</boolean></map></llsd>";

    @TempDir
    Path dir;

    TestVenue venue;
    AgentCaps agent;

    void start(ConfigLoader loader) throws Exception {
        venue = new TestVenue(dir, loader);
        agent = venue.caps.open(venue.test.agentId(), "Test User", UUID.randomUUID(),
                CapsRegistry.seedPath(UUID.randomUUID()), "Default Region", 1);
    }

    @AfterEach
    void stop() {
        venue.close();
    }

    static Object llsd(HttpResponse<String> r) {
        return LlsdXml.parse(r.body().getBytes(StandardCharsets.UTF_8), XmlLimits.DEFAULT);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object llsd) {
        return (Map<String, Object>) llsd;
    }

    @Test
    void seedGrantsWhatIsRequestedAndServed() throws Exception {
        start(new ConfigLoader());
        HttpResponse<String> r = venue.post(agent.seedPath(), LLSD_XML, SEED_REQUEST);
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> granted = map(llsd(r));
        assertThat(granted.keySet()).containsExactly("EventQueueGet", "SimulatorFeatures");
        assertThat(granted.get("EventQueueGet"))
                .isEqualTo(venue.http.baseUrl() + agent.paths().get(Capability.EVENT_QUEUE_GET));
        assertThat(URI.create((String) granted.get("EventQueueGet")).getPath()).startsWith("/CE/");
        assertThat(venue.recorder.timeline()).extracting(TraceEvent::key)
                .containsExactly("SERVER.CAPS.RECV.Seed", "SERVER.CAPS.SEND.Seed");
        assertThat(venue.recorder.timeline().get(0).fact("Requested")).isEqualTo("4");
        assertThat(venue.recorder.timeline().get(1).fact("Granted")).isEqualTo("EventQueueGet,SimulatorFeatures");
    }

    @Test
    void seedRefusesGetWrongContentTypeNonArraysAndUnknownPaths() throws Exception {
        start(new ConfigLoader());
        assertThat(venue.get(agent.seedPath()).statusCode()).isEqualTo(404);
        assertThat(venue.post(agent.seedPath(), "text/xml", SEED_REQUEST).statusCode()).isEqualTo(404);
        assertThat(venue.post(agent.seedPath(), null, SEED_REQUEST).statusCode()).isEqualTo(404);
        HttpResponse<String> map = venue.post(agent.seedPath(), LLSD_XML, "<llsd><map/></llsd>");
        assertThat(map.statusCode()).isEqualTo(400);
        assertThat(map.body()).contains("LLSD array");
        assertThat(venue.post(agent.seedPath(), LLSD_XML, "<llsd><array>").statusCode()).isEqualTo(400);
        assertThat(venue.post("/CAPS/" + UUID.randomUUID() + "0000/", LLSD_XML, SEED_REQUEST).statusCode())
                .isEqualTo(404);
        assertThat(venue.get("/favicon.ico").statusCode()).isEqualTo(404);
    }

    @Test
    void aPollIsHeldUntilAnEventArrives() throws Exception {
        start(new ConfigLoader());
        CompletableFuture<HttpResponse<String>> poll =
                venue.postAsync(agent.paths().get(Capability.EVENT_QUEUE_GET), LLSD_XML, FIRST_POLL.getBytes());
        // Whether the event lands before or after the poll is parked, the reply must carry it.
        venue.caps.eventQueue().enqueue(agent.agentId(), "ParcelProperties", Map.of("LocalID", 1));
        HttpResponse<String> r = poll.join();
        assertThat(r.statusCode()).isEqualTo(200);
        Map<?, ?> reply = (Map<?, ?>) llsd(r);
        assertThat(reply.get("id")).isInstanceOf(Integer.class);
        List<?> events = (List<?>) reply.get("events");
        assertThat(events).singleElement().isEqualTo(Map.of("message", "ParcelProperties", "body",
                Map.of("LocalID", 1)));

        venue.caps.eventQueue().enqueue(agent.agentId(), "Second", Map.of());
        HttpResponse<String> next = venue.post(agent.paths().get(Capability.EVENT_QUEUE_GET), LLSD_XML, FIRST_POLL);
        assertThat(((Map<?, ?>) llsd(next)).get("id")).isEqualTo((Integer) reply.get("id") + 1);
    }

    @Test
    void aPollTimesOutWith502AndAnEmptyBody() throws Exception {
        start(new ConfigLoader().set(Setting.EVENT_QUEUE_HOLD, "200ms"));
        long t0 = System.nanoTime();
        HttpResponse<String> r = venue.post(agent.paths().get(Capability.EVENT_QUEUE_GET), LLSD_XML, FIRST_POLL);
        long waitedMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.body()).isEmpty();
        assertThat(waitedMs).isGreaterThanOrEqualTo(200);
        assertThat(venue.recorder.timeline()).filteredOn(e -> e.key().equals("SERVER.CAPS.SEND.EventQueueGet"))
                .singleElement().satisfies(e -> assertThat(e.fact("Status")).isEqualTo("502"));
    }

    @Test
    void manyPollsAreHeldWithoutAThreadEach() throws Exception {
        start(new ConfigLoader());
        int agents = HttpFrontEnd.THREADS * 4;
        List<CompletableFuture<HttpResponse<String>>> polls = new java.util.ArrayList<>();
        List<AgentCaps> all = new java.util.ArrayList<>();
        for (int i = 0; i < agents; i++) {
            AgentCaps a = venue.caps.open(UUID.randomUUID(), "Bot" + i + " Crowd", UUID.randomUUID(),
                    CapsRegistry.seedPath(UUID.randomUUID()), "Default Region", 1);
            all.add(a);
            polls.add(venue.postAsync(a.paths().get(Capability.EVENT_QUEUE_GET), LLSD_XML, FIRST_POLL.getBytes()));
        }
        venue.await(e -> e.key().equals("SERVER.CAPS.RECV.EventQueueGet"), agents);
        // Every poll is held, and no request thread is busy.
        venue.awaitIdleThreads();
        // With every poll held, the server still answers a seed request: polls hold no request thread.
        assertThat(venue.post(agent.seedPath(), LLSD_XML, SEED_REQUEST).statusCode()).isEqualTo(200);
        for (AgentCaps a : all) {
            venue.caps.eventQueue().enqueue(a.agentId(), "Hello", Map.of());
        }
        for (CompletableFuture<HttpResponse<String>> p : polls) {
            assertThat(p.join().statusCode()).isEqualTo(200);
        }
    }

    @Test
    void atMostTheLimitOfEventsWaits() throws Exception {
        start(new ConfigLoader());
        for (int i = 0; i < 150; i++) {
            venue.caps.eventQueue().enqueue(agent.agentId(), "E" + i, Map.of());
        }
        HttpResponse<String> r = venue.post(agent.paths().get(Capability.EVENT_QUEUE_GET), LLSD_XML, FIRST_POLL);
        List<?> events = (List<?>) ((Map<?, ?>) llsd(r)).get("events");
        assertThat(events).hasSize(100);
        assertThat(((Map<?, ?>) events.get(0)).get("message")).isEqualTo("E50");
        assertThat(venue.caps.eventQueue().dropped(agent.agentId())).isEqualTo(50);
    }

    @Test
    void simulatorFeaturesIsAnLlsdMap() throws Exception {
        start(new ConfigLoader());
        HttpResponse<String> r = venue.get(agent.paths().get(Capability.SIMULATOR_FEATURES));
        assertThat(r.statusCode()).isEqualTo(200);
        Map<String, Object> features = map(llsd(r));
        assertThat(features).containsKeys("MeshRezEnabled", "PhysicsShapeTypes", "OpenSimExtras");
        assertThat(map(features.get("OpenSimExtras"))).containsEntry("SimulatorName", "Default Region");
    }

    @Test
    void closingAnAgentsCapsAnswersItsHeldPoll404() throws Exception {
        start(new ConfigLoader());
        CompletableFuture<HttpResponse<String>> poll =
                venue.postAsync(agent.paths().get(Capability.EVENT_QUEUE_GET), LLSD_XML, FIRST_POLL.getBytes());
        venue.caps.close(agent.agentId());
        // Closed before or after the poll was parked: either way it is answered 404, never left hanging.
        assertThat(poll.join().statusCode()).isEqualTo(404);
    }
}
