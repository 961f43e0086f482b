package rituals.server.region;

import java.util.UUID;
import rituals.server.account.Account;
import rituals.server.caps.CapsRegistry;
import rituals.server.login.CircuitProvisioner;
import rituals.server.login.Provision;
import rituals.server.login.StartLocation;

/**
 * Login's view of the region: provisions circuits (on the HTTP thread, without waiting for the region loop) and
 * translates to login's {@link Provision}. A {@code uri:} start position is not honoured: every login lands at the
 * region centre on the ground, which the region computes from its terrain.
 */
public final class RegionProvisioner implements CircuitProvisioner {
    private final Region region;

    public RegionProvisioner(Region region) {
        this.region = region;
    }

    @Override
    public Provision provision(Account account, StartLocation start, String remoteIp) {
        rituals.server.region.Provision p = region.provision(account.agentId(), account.firstName(),
                account.lastName(), remoteIp);
        return new Provision(p.circuitCode(), p.agentId(), account.name(), p.sessionId(), p.secureSessionId(),
                CapsRegistry.seedPath(p.capsId()), p.startPosition(), p.lookAt());
    }

    @Override
    public boolean isInRegion(UUID agentId) {
        return region.isPresent(agentId);
    }

    @Override
    public void kick(UUID agentId, String reason) {
        region.kick(agentId, reason);
    }

    @Override
    public int udpPort() {
        return region.udpAddress().getPort();
    }
}
