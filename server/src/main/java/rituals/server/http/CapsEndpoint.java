package rituals.server.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import rituals.protocol.DecodeException;
import rituals.protocol.eventqueue.EventBatch;
import rituals.protocol.eventqueue.EventPollRequest;
import rituals.protocol.eventqueue.RawEvent;
import rituals.protocol.llsd.Llsd;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.xml.XmlLimits;
import rituals.server.account.InventorySkeleton;
import rituals.server.caps.AgentCaps;
import rituals.server.caps.CapsRegistry;
import rituals.server.caps.EventPoll;
import rituals.server.caps.InventoryFetch;
import rituals.server.caps.SimulatorFeatures;
import rituals.server.config.ServerConfig;
import rituals.trace.Channel;
import rituals.trace.Probe;
import rituals.trace.Scope;
import rituals.trace.Verb;

/**
 * The capability URLs over HTTP, as OpenSim serves them: the seed, EventQueueGet, SimulatorFeatures and
 * FetchInventoryDescendents2. Paths are resolved in the {@link CapsRegistry}; an unknown path is a 404.
 */
final class CapsEndpoint implements Route {
    private static final Logger LOG = Logger.getLogger(CapsEndpoint.class.getName());
    static final String LLSD_XML = "application/llsd+xml";

    private final CapsRegistry caps;
    private final ServerConfig config;
    private final Probe probe;
    private final BaseUrl baseUrl;

    /** The scheme, host and port clients reach us at; known only once the socket is bound. */
    interface BaseUrl {
        String get();
    }

    CapsEndpoint(CapsRegistry caps, ServerConfig config, Probe probe, BaseUrl baseUrl) {
        this.caps = caps;
        this.config = config;
        this.probe = probe;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        CapsRegistry.Target target = caps.resolve(ex.path()).orElse(null);
        if (target == null) {
            ex.respond(404);
            return;
        }
        switch (target.cap()) {
            case SEED:
                seed(ex, target.agent());
                break;
            case EVENT_QUEUE_GET:
                eventQueueGet(ex, target.agent());
                break;
            case SIMULATOR_FEATURES:
                simulatorFeatures(ex, target.agent());
                break;
            case FETCH_INVENTORY_DESCENDENTS2:
                fetchInventory(ex, target.agent());
                break;
            default:
                ex.respond(404);
        }
    }

    /** The probe, its events naming the agent whose capability was called. */
    private Probe probe(AgentCaps agent) {
        // the region by name: its handle is the region's business, not the capabilities'
        return probe.scoped(Scope.NONE.inRegion(agent.region(), 0).onCircuit(agent.circuit())
                .ofAgent(agent.agentName(), agent.agentId()));
    }

    /** POST an LLSD array of cap names → a map of the granted ones (OpenSim: else 404, non-array 400). */
    private void seed(Exchange ex, AgentCaps agent) throws IOException {
        if (!ex.method().equals("POST") || !ex.mediaType().equals(LLSD_XML)) {
            ex.respond(404);
            return;
        }
        Object body = parse(ex);
        if (body == null) {
            return;
        }
        if (!(body instanceof List)) {
            ex.respondText(400, "the seed capability takes an LLSD array of capability names");
            return;
        }
        List<String> requested = new ArrayList<>();
        for (Object o : (List<?>) body) {
            if (o instanceof String) {
                requested.add((String) o);
            }
        }
        LOG.fine(() -> "[CAPS]: Received SEED caps request in " + agent.region() + " for agent "
                + agent.agentId());
        if (probe.on()) {
            probe(agent).emit(Channel.CAPS, Verb.RECV, "Seed", -1, "User", agent.agentName(), "Requested",
                    requested.size());
        }
        Map<String, String> granted = CapsRegistry.grant(agent, requested, baseUrl.get());
        byte[] reply = LlsdXml.write(new LinkedHashMap<String, Object>(granted));
        if (probe.on()) {
            probe(agent).emit(Channel.CAPS, Verb.SEND, "Seed", reply.length, "Granted",
                    String.join(",", granted.keySet()));
        }
        ex.respond(200, LLSD_XML, reply);
        caps.seedServed(agent);
    }

    private void eventQueueGet(Exchange ex, AgentCaps agent) throws IOException {
        Object body = parse(ex);
        if (body == null) {
            return;
        }
        if (probe.on()) {
            probe(agent).emit(Channel.CAPS, Verb.RECV, "EventQueueGet", -1, "User", agent.agentName(), "Ack",
                    EventPollRequest.fromLlsd(body).ackForTrace());
        }
        // OpenSim ignores ack (no redelivery) and done; so does this venue: the poll is simply parked.
        caps.eventQueue().poll(agent.agentId(), new HeldPoll(ex, probe(agent)));
    }

    private void simulatorFeatures(Exchange ex, AgentCaps agent) {
        if (probe.on()) {
            probe(agent).emit(Channel.CAPS, Verb.RECV, "SimulatorFeatures", -1, "User", agent.agentName());
        }
        ex.respond(200, LLSD_XML, LlsdXml.write(SimulatorFeatures.of(config, agent.region())));
    }

    private void fetchInventory(Exchange ex, AgentCaps agent) throws IOException {
        Object body = parse(ex);
        if (body == null) {
            return;
        }
        InventoryFetch.Reply reply = InventoryFetch.answer(InventorySkeleton.of(agent.agentId()), body);
        if (probe.on()) {
            probe(agent).emit(Channel.CAPS, Verb.RECV, "FetchInventoryDescendents2", -1, "User", agent.agentName(),
                    "Folders", reply.found(), "BadFolders", reply.bad());
        }
        ex.respond(200, LLSD_XML, LlsdXml.write(reply.body()));
    }

    /**
     * The body as LLSD (an empty body is undef); null when the reply was already sent (oversized or malformed
     * body: 400 naming the problem).
     */
    private static Object parse(Exchange ex) throws IOException {
        try {
            byte[] body = ex.body();
            return body.length == 0 ? Llsd.UNDEF : LlsdXml.parse(body, XmlLimits.DEFAULT);
        } catch (BodyTooLargeException e) {
            ex.respondText(413, e.getMessage());
        } catch (DecodeException e) {
            ex.respondText(400, "malformed LLSD: " + e.getMessage());
        }
        return null;
    }

    /** An EventQueueGet exchange held open until the queue answers it. */
    private final class HeldPoll implements EventPoll {
        private final Exchange ex;
        private final Probe probe;

        HeldPoll(Exchange ex, Probe probe) {
            this.ex = ex;
            this.probe = probe;
        }

        @Override
        public void deliver(int id, List<RawEvent> events) {
            byte[] bytes = new EventBatch(id, events).write();
            sent(id, events.size(), 200, bytes.length);
            // OpenSim answers the event queue as application/xml.
            ex.respond(200, "application/xml", bytes);
        }

        @Override
        public void expire() {
            sent(-1, 0, 502, 0);
            ex.respond(502);
        }

        @Override
        public void gone() {
            sent(-1, 0, 404, 0);
            ex.respond(404);
        }

        private void sent(int id, int count, int status, int size) {
            if (probe.on()) {
                probe.emit(Channel.CAPS, Verb.SEND, "EventQueueGet", size, "Id", id < 0 ? "" : id, "Events", count,
                        "Status", status);
            }
        }
    }
}
