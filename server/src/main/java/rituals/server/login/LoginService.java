package rituals.server.login;

import java.util.logging.Level;
import java.util.logging.Logger;
import rituals.server.account.Account;
import rituals.server.account.AccountStore;
import rituals.server.account.Authentication;
import rituals.server.caps.CapsRegistry;
import rituals.server.config.ServerConfig;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;

/**
 * Decides a login (protocol-facts §1): checks the credentials, ends an older session of the same agent, provisions
 * the circuit on the region and opens the agent's capabilities. Format-neutral: the HTTP endpoint decodes the
 * request into a {@link LoginAttempt} and writes the {@link LoginOutcome} back in the request's format.
 *
 * <p>Duplicate logins: the older session is kicked (KickUser, as OpenSim does) and the new login proceeds, so a
 * client that crashed can always log straight back in.
 */
public final class LoginService {
    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
    /** The KickUser reason given to the older session. */
    public static final String KICK_REASON = "You have been logged out because you logged in from another location.";

    private final ServerConfig config;
    private final AccountStore accounts;
    private final CircuitProvisioner region;
    private final CapsRegistry caps;
    private final Clock clock;
    private final Probe probe;

    public LoginService(ServerConfig config, AccountStore accounts, CircuitProvisioner region, CapsRegistry caps,
            Clock clock, Probe probe) {
        this.config = config;
        this.accounts = accounts;
        this.region = region;
        this.caps = caps;
        this.clock = clock;
        this.probe = probe;
    }

    /**
     * Decides one login.
     *
     * @param simIp   the IP literal clients reach the region at
     * @param baseUrl {@code http://host:port} of the capabilities
     * @param httpPort the HTTP port in use
     */
    public LoginOutcome login(LoginAttempt a, String simIp, String baseUrl, int httpPort) {
        if (probe.on()) {
            probe.emit(Channel.LOGIN, "RECV", a.format(), -1, "User", a.userName(), "Viewer", a.version(),
                    "Channel", a.channel(), "IP", a.remote());
        }
        LOG.info(() -> "[LLOGIN SERVICE]: Login request for " + a.userName() + " from " + a.remote() + " using viewer "
                + a.version() + ", channel " + a.channel());
        if (!a.hasCredentials()) {
            return refuse(a, LoginOutcome.Failure.INCOMPLETE, "incomplete credentials");
        }
        Authentication auth = accounts.authenticate(a.first(), a.last(), a.passwd());
        if (!auth.succeeded()) {
            return refuse(a, LoginOutcome.Failure.BAD_CREDENTIALS, auth.refusal());
        }
        Account account = auth.account().orElseThrow();
        if (probe.on()) {
            probe.emit(Channel.LOGIN, "AUTH SUCCESS", "", -1, "User", account.name());
        }
        try {
            return admit(a, account, simIp, baseUrl, httpPort);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "[LLOGIN SERVICE]: Login of " + account.name() + " failed in the region");
            return LoginOutcome.Failure.NO_REGION;
        }
    }

    private LoginOutcome admit(LoginAttempt a, Account account, String simIp, String baseUrl, int httpPort) {
        if (region.isInRegion(account.agentId())) {
            LOG.info(() -> "[LLOGIN SERVICE]: " + account.name() + " is already in " + config.regionName()
                    + "; kicking the older session");
            if (probe.on()) {
                probe.emit(Channel.LOGIN, "KICK", "", -1, "User", account.name(), "Reason", KICK_REASON);
            }
            region.kick(account.agentId(), KICK_REASON);
        }
        StartLocation start = StartLocation.parse(a.start());
        Provision p = region.provision(account, start, a.remoteIp());
        caps.open(account.agentId(), account.name(), p.seedPath());
        if (probe.on()) {
            probe.emit(Channel.LOGIN, "CIRCUIT PROVISION", "", -1, "Circuit", p.circuitCode(), "Region",
                    config.regionName(), "Agent", p.agentId(), "Session", p.sessionId());
        }
        LOG.info(() -> "[LLOGIN SERVICE]: All clear. Sending login response to " + account.name() + ", circuit "
                + p.circuitCode());
        return new LoginOutcome.Success(
                account,
                p,
                config.regionName(),
                simIp,
                region.udpPort(),
                httpPort,
                config.regionXMetres(),
                config.regionYMetres(),
                config.sizeX(),
                config.sizeY(),
                baseUrl + p.seedPath(),
                config.welcomeMessage().replace("<USERNAME>", account.name()),
                clock.epochMillis() / 1000,
                start.kind());
    }

    private LoginOutcome refuse(LoginAttempt a, LoginOutcome.Failure failure, String why) {
        LOG.info(() -> "[LLOGIN SERVICE]: Login failed for user " + a.userName() + ", reason: " + why);
        if (probe.on()) {
            probe.emit(Channel.LOGIN, "AUTH FAILURE", "", -1, "User", a.userName(), "Reason", failure.reason(),
                    "Message", failure.message());
        }
        return failure;
    }
}
