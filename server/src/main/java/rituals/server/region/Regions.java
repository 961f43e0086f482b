package rituals.server.region;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rituals.protocol.types.Vector3;
import rituals.server.account.Account;
import rituals.server.caps.CapsRegistry;
import rituals.server.login.CircuitProvisioner;
import rituals.server.login.Destination;
import rituals.server.login.Provision;
import rituals.server.login.RegionFullException;
import rituals.server.login.StartLocation;

/**
 * Login's view of the venue's regions: places a start location (a {@code uri:} start in the region it names, any
 * other start or an unknown name in the default region, the first) and provisions the circuit there, on the HTTP
 * thread, without waiting for any region loop.
 */
public final class Regions implements CircuitProvisioner {
    /** A running region, and what login tells clients about it. */
    public record Hosted(Region region, String simIp, int maxAgents) {
        String name() {
            return region.settings().name();
        }
    }

    private final List<Hosted> hosted;

    /** @param hosted every region, the default one first */
    public Regions(List<Hosted> hosted) {
        if (hosted.isEmpty()) {
            throw new IllegalArgumentException("a venue needs at least one region");
        }
        this.hosted = List.copyOf(hosted);
    }

    public List<Hosted> all() {
        return hosted;
    }

    /** The region of that name (ignoring case), if hosted here. */
    public Optional<Region> byName(String name) {
        return hosted.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Hosted::region).findFirst();
    }

    @Override
    public Provision provision(Account account, StartLocation start, String remoteIp) {
        Hosted to = hosted.stream().filter(h -> start.names(h.name())).findFirst().orElse(hosted.get(0));
        boolean named = start.names(to.name());
        String where = named || !start.kind().equals("url") ? start.kind() : "safe";
        String notice = where.equals("safe") ? Destination.unknownRegion(start.region(), to.name()) : "";
        // Checked without a lock: logins racing for the last places may pass it together, as a cap it is near enough.
        // The agent's own older session does not count: it is kicked before the new one arrives.
        int others = to.region().agentCount() - (to.region().isPresent(account.agentId()) ? 1 : 0);
        if (others >= to.maxAgents()) {
            throw new RegionFullException(to.name(), to.maxAgents());
        }
        Optional<Vector3> position = named ? start.position() : Optional.empty();
        rituals.server.region.Provision p = to.region().provision(account.agentId(), account.firstName(),
                account.lastName(), remoteIp, position);
        RegionSettings s = to.region().settings();
        Destination d = new Destination(s.name(), s.gridX() * 256, s.gridY() * 256, s.size(), s.size(),
                to.simIp(), to.region().udpAddress().getPort(), where, notice);
        return new Provision(p.circuitCode(), p.agentId(), account.name(), p.sessionId(), p.secureSessionId(),
                CapsRegistry.seedPath(p.capsId()), p.startPosition(), p.lookAt(), d);
    }

    @Override
    public boolean isInRegion(UUID agentId) {
        return hosted.stream().anyMatch(h -> h.region().isPresent(agentId));
    }

    @Override
    public void kick(UUID agentId, String reason) {
        for (Hosted h : hosted) {
            if (h.region().isPresent(agentId)) {
                h.region().kick(agentId, reason);
            }
        }
    }
}
