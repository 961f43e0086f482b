package rituals.client;

import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rituals.client.login.LoginOutcome;
import rituals.client.world.HeightMap;
import rituals.client.world.SceneObject;

/**
 * A snapshot of what one suitor saw, taken on the loop thread.
 *
 * @param login         the login's outcome, or null before it answered
 * @param phases        milestones reached, in milliseconds from the login request
 * @param ending        how it ended, or null while it still runs
 * @param regionName    from RegionHandshake, or "" before it
 * @param terrain       a copy of the height map as far as it arrived
 * @param objects       every object ObjectUpdate described, first-seen order
 * @param capabilities  what the seed capability granted
 * @param events        names of the event-queue events received, in order
 */
public record SuitorReport(
        LoginOutcome login, Map<Phase, Long> phases, Ending ending, String regionName, HeightMap terrain,
        List<SceneObject> objects, Map<String, URI> capabilities, int eventQueueReplies, List<String> events,
        long datagramsSent, long datagramsReceived, long resends, long malformed) {

    public SuitorReport {
        phases = phases.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(phases));
        objects = List.copyOf(objects);
        capabilities = Map.copyOf(capabilities);
        events = List.copyOf(events);
    }

    /** When the phase was reached, in ms from the login request, if it was. */
    public Optional<Long> at(Phase phase) {
        return Optional.ofNullable(phases.get(phase));
    }

    public boolean reached(Phase phase) {
        return phases.containsKey(phase);
    }
}
