package rituals.server.login;

import java.net.URI;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import rituals.protocol.login.LoginFailure;
import rituals.protocol.login.LoginInventory;
import rituals.protocol.login.LoginRegion;
import rituals.protocol.login.LoginRequest;
import rituals.protocol.login.LoginResponse;
import rituals.protocol.login.LoginSuccess;
import rituals.server.account.Account;
import rituals.server.account.AccountStore;
import rituals.server.account.Authentication;
import rituals.server.account.InventorySkeleton;
import rituals.server.caps.CapsRegistry;
import rituals.server.log.LogText;
import rituals.server.config.ServerConfig;
import rituals.trace.Channel;
import rituals.trace.Clock;
import rituals.trace.Probe;
import rituals.trace.Scope;
import rituals.trace.Verb;

/**
 * Decides a login (XML-RPC {@code login_to_simulator} or LLSD, as OpenSim answers both): checks the credentials,
 * ends an older session of the same agent, provisions the circuit on the region and opens the agent's
 * capabilities. Format-neutral: the HTTP endpoint decodes the request into a {@link LoginAttempt} and writes the
 * {@link LoginResponse} back in the request's format.
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
    private final LoginThrottle throttle;

    public LoginService(ServerConfig config, AccountStore accounts, CircuitProvisioner region, CapsRegistry caps,
            Clock clock, Probe probe) {
        this.config = config;
        this.accounts = accounts;
        this.region = region;
        this.caps = caps;
        this.clock = clock;
        this.probe = probe;
        this.throttle = new LoginThrottle(clock);
    }

    /**
     * Decides one login; never throws for a bad request (every refusal is a {@link LoginFailure}).
     *
     * @param baseUrl {@code http://host:port} of the capabilities
     */
    public LoginResponse login(LoginAttempt a, String baseUrl) {
        LoginRequest req = a.request();
        if (probe.on()) {
            about(a.userName(), null).emit(Channel.LOGIN, Verb.RECV, a.format(), -1, "User", a.userName(), "Viewer", req.version(),
                    "Channel", req.channel(), "IP", a.remote());
        }
        LOG.info(() -> "[LLOGIN SERVICE]: Login request for " + LogText.of(a.userName()) + " from " + a.remote()
                + " using viewer " + LogText.of(req.version()) + ", channel " + LogText.of(req.channel()));
        if (!req.hasCredentials()) {
            return refuse(a, LoginFailure.incompleteCredentials(), "missing " + req.missingCredentials());
        }
        long waitMs = throttle.waitMs(req.first(), req.last(), a.remoteIp());
        if (waitMs > 0) {
            return refuse(a, tooManyFailures(waitMs), "throttled after failed logins, " + waitMs + " ms to wait");
        }
        Authentication auth = accounts.authenticate(req.first(), req.last(), req.passwd());
        if (!auth.succeeded()) {
            throttle.failed(req.first(), req.last(), a.remoteIp());
            return refuse(a, LoginFailure.badCredentials(), auth.refusal());
        }
        throttle.succeeded(req.first(), req.last());
        Account account = auth.account().orElseThrow();
        if (probe.on()) {
            about(account.name(), account.agentId()).emit(Channel.LOGIN, Verb.AUTH_SUCCESS, "", -1, "User", account.name());
        }
        try {
            return admit(a, account, baseUrl);
        } catch (RegionFullException e) {
            return refuse(a, new LoginFailure("key", e.getMessage()), "the region is full");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "[LLOGIN SERVICE]: Login of " + account.name() + " failed in the region");
            return LoginFailure.gridProblem();
        }
    }

    private LoginResponse admit(LoginAttempt a, Account account, String baseUrl) {
        if (region.isInRegion(account.agentId())) {
            LOG.info(() -> "[LLOGIN SERVICE]: " + account.name() + " is already logged in; kicking the older session");
            if (probe.on()) {
                about(account.name(), account.agentId()).emit(Channel.LOGIN, Verb.KICK, "", -1, "User", account.name(),
                        "Reason", KICK_REASON);
            }
            region.kick(account.agentId(), KICK_REASON);
        }
        StartLocation start = StartLocation.parse(a.request().start());
        Provision p = region.provision(account, start, a.remoteIp());
        Destination to = p.destination();
        caps.open(account.agentId(), account.name(), p.sessionId(), p.seedPath(), to.regionName(),
                Integer.toUnsignedLong(p.circuitCode()));
        if (probe.on()) {
            about(account.name(), account.agentId()).inRegion(to.regionName(), to.handle())
                    .onCircuit(p.circuitCode(), account.name(), p.agentId())
                    .emit(Channel.LOGIN, Verb.CIRCUIT_PROVISION, "", -1, "Circuit", p.circuitCode(), "Region",
                    to.regionName(), "Agent", p.agentId(), "Session", p.sessionId());
        }
        LOG.info(() -> "[LLOGIN SERVICE]: All clear. Sending login response to " + account.name() + ", circuit "
                + p.circuitCode() + " in " + to.regionName());
        LoginRegion where = new LoginRegion(to.simIp(), to.simPort(), 0, to.regionX(), to.regionY(), to.sizeX(),
                to.sizeY(), URI.create(baseUrl + p.seedPath()));
        // OpenSim's defaults, with this venue's welcome (and what became of the start location), start kind, facing
        // and inventory.
        String welcome = config.welcomeMessage().replace("<USERNAME>", account.name());
        return LoginSuccess.builder()
                .name(account.firstName(), account.lastName())
                .session(account.agentId(), p.sessionId(), p.secureSessionId())
                .circuitCode(p.circuitCode())
                .region(where)
                .lookAt(p.lookAt())
                .startLocation(to.where())
                .message(to.notice().isEmpty() ? welcome : welcome + " " + to.notice())
                .secondsSinceEpoch(clock.epochMillis() / 1000)
                .inventory(inventory(account))
                .build();
    }

    /** The refusal while the name or address is throttled: it says when to try again, not whether it exists. */
    static LoginFailure tooManyFailures(long waitMs) {
        return new LoginFailure("key", "Too many failed logins for this name or from this address. Try again in "
                + Math.max(1, (waitMs + 999) / 1000) + " seconds.");
    }

    /** The agent's standard folders (Current Outfit included, which node-metaverse needs) and the default library. */
    private static LoginInventory inventory(Account account) {
        InventorySkeleton skeleton = InventorySkeleton.of(account.agentId());
        LoginInventory library = LoginInventory.rootOnly(skeleton.root());
        return new LoginInventory(skeleton.root(), skeleton.folders(), library.libraryRoot(), library.libraryOwner(),
                library.librarySkeleton());
    }

    /** The probe, its events naming the agent the login is for. */
    private Probe about(String agent, UUID agentId) {
        return probe.scoped(Scope.NONE.ofAgent(agent, agentId));
    }

    private LoginFailure refuse(LoginAttempt a, LoginFailure failure, String why) {
        LOG.info(() -> "[LLOGIN SERVICE]: Login failed for user " + LogText.of(a.userName()) + ", reason: "
                + LogText.of(why));
        if (probe.on()) {
            about(a.userName(), null).emit(Channel.LOGIN, Verb.AUTH_FAILURE, "", -1, "User", a.userName(), "Reason", failure.reason(),
                    "Message", failure.message());
        }
        return failure;
    }
}
