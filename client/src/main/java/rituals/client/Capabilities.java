package rituals.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import rituals.client.caps.EventQueuePoller;
import rituals.client.caps.EventQueueReply;
import rituals.client.caps.SeedRequest;
import rituals.protocol.caps.Capability;
import rituals.protocol.eventqueue.RawEvent;
import rituals.trace.Channel;
import rituals.trace.Verb;

/**
 * One simulator's HTTP side: the seed capability POST (once RegionHandshake has arrived, as LibreMetaverse does after
 * Simulator.Connect) and, if granted, the event-queue poll. Loop-owned.
 */
final class Capabilities {
    private final Simulator sim;
    private Map<String, URI> granted = Map.of();
    private EventQueuePoller eventQueue;
    private int eventQueueReplies;
    private boolean stopped;
    private final List<String> events = new ArrayList<>();

    Capabilities(Simulator simulator) {
        this.sim = simulator;
    }

    /** Posts the seed, if the simulator's is known. */
    void postSeed() {
        if (sim.seedCapability == null) {
            return;
        }
        Suitor s = sim.suitor;
        if (sim.probe.on()) {
            sim.probe.emit(Channel.CAPS, Verb.SEND, "Seed", -1, "Requested", SeedRequest.REQUESTED.size());
        }
        Duration timeout = Duration.ofMillis(s.settings.capsTimeoutMillis());
        SeedRequest.post(s.runtime.http(), sim.seedCapability, SeedRequest.REQUESTED, timeout, s.runtime.loop())
                .whenCompleteAsync((reply, error) -> {
                    if (stopped) {
                        return;
                    }
                    sim.milestones.mark(Phase.SEED_CAPABILITY);
                    if (error != null) {
                        return; // LibreMetaverse carries on without caps; the summary shows none were granted
                    }
                    granted = reply.capabilities();
                    if (sim.probe.on()) {
                        sim.probe.emit(Channel.CAPS, Verb.RECV, "Seed", -1, "Granted",
                                String.join(",", new TreeSet<>(granted.keySet())), "Status", reply.status());
                    }
                    URI queue = granted.get(Capability.EVENT_QUEUE_GET.wireName());
                    if (queue != null) {
                        eventQueue = new EventQueuePoller(s.runtime.http(), queue, s.runtime.loop(), s.clock,
                                sim.probe, timeout, Duration.ofMillis(s.settings.eventQueueMinHoldMillis()),
                                this::replied);
                        eventQueue.start();
                        sim.milestones.reach(sim.milestones.eventQueuePolling);
                    }
                }, s.runtime.loop());
    }

    private void replied(EventQueueReply reply) {
        sim.milestones.mark(Phase.FIRST_EVENT_QUEUE_REPLY);
        eventQueueReplies++;
        for (RawEvent e : reply.events()) {
            events.add(e.message());
        }
    }

    /** Stops the event queue; a seed answer still to come is ignored. */
    void stop() {
        stopped = true;
        if (eventQueue != null) {
            eventQueue.stop();
        }
    }

    Map<String, URI> granted() {
        return granted;
    }

    int eventQueueReplies() {
        return eventQueueReplies;
    }

    List<String> events() {
        return events;
    }
}
