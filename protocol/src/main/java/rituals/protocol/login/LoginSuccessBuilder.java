package rituals.protocol.login;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import rituals.protocol.types.Vector3;

/**
 * Builds a {@link LoginSuccess} by field name. Everything but the agent, session, circuit, region and inventory starts
 * at what OpenSim sends: nil real_id, facing east, home at the login region with zero position (OpenSim's answer for an
 * agent without a home), start "last", its welcome message, maturity M/A, its default flags, textures, outfit and
 * classified categories, no gestures or friends, 42 groups, first-life tab allowed, no optional strings.
 */
public final class LoginSuccessBuilder {
    private static final UUID NIL = new UUID(0, 0);

    private String firstName = "";
    private String lastName = "";
    private UUID agentId;
    private UUID sessionId;
    private UUID secureSessionId;
    private UUID realId = NIL;
    private int circuitCode = -1;
    private LoginRegion region;
    private Vector3 lookAt = LoginSuccess.DEFAULT_LOOK_AT;
    private Home home;
    private String startLocation = "last";
    private String message = "Welcome to OpenSim!";
    private long secondsSinceEpoch;
    private String agentAccess = "M";
    private String agentAccessMax = "A";
    private LoginFlags loginFlags = LoginFlags.OPENSIM_DEFAULT;
    private GlobalTextures globalTextures = GlobalTextures.OPENSIM_DEFAULT;
    private LoginInventory inventory;
    private List<Gesture> gestures = List.of();
    private InitialOutfit initialOutfit = InitialOutfit.OPENSIM_DEFAULT;
    private List<ClassifiedCategory> classifiedCategories = ClassifiedCategory.OPENSIM_DEFAULTS;
    private boolean allowFirstLife = true;
    private int maxAgentGroups = 42;
    private List<Buddy> buddyList = List.of();
    private Map<String, String> optionalStrings = Map.of();

    LoginSuccessBuilder() {}

    /** A builder holding every field of {@code s}, to change a few. */
    static LoginSuccessBuilder from(LoginSuccess s) {
        return new LoginSuccessBuilder().name(s.firstName(), s.lastName())
                .session(s.agentId(), s.sessionId(), s.secureSessionId()).realId(s.realId())
                .circuitCode(s.circuitCode()).region(s.region()).lookAt(s.lookAt()).home(s.home())
                .startLocation(s.startLocation()).message(s.message()).secondsSinceEpoch(s.secondsSinceEpoch())
                .agentAccess(s.agentAccess(), s.agentAccessMax()).loginFlags(s.loginFlags())
                .globalTextures(s.globalTextures()).inventory(s.inventory()).gestures(s.gestures())
                .initialOutfit(s.initialOutfit()).classifiedCategories(s.classifiedCategories())
                .allowFirstLife(s.allowFirstLife()).maxAgentGroups(s.maxAgentGroups()).buddyList(s.buddyList())
                .optionalStrings(s.optionalStrings());
    }

    public LoginSuccessBuilder name(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    /** The agent and the login's two session ids. */
    public LoginSuccessBuilder session(UUID agent, UUID session, UUID secureSession) {
        this.agentId = agent;
        this.sessionId = session;
        this.secureSessionId = secureSession;
        return this;
    }

    /** null leaves {@code real_id} out. */
    public LoginSuccessBuilder realId(UUID id) {
        this.realId = id;
        return this;
    }

    public LoginSuccessBuilder circuitCode(int code) {
        this.circuitCode = code;
        return this;
    }

    public LoginSuccessBuilder region(LoginRegion r) {
        this.region = r;
        return this;
    }

    public LoginSuccessBuilder lookAt(Vector3 v) {
        this.lookAt = v;
        return this;
    }

    public LoginSuccessBuilder home(Home h) {
        this.home = h;
        return this;
    }

    public LoginSuccessBuilder startLocation(String start) {
        this.startLocation = start;
        return this;
    }

    public LoginSuccessBuilder message(String welcome) {
        this.message = welcome;
        return this;
    }

    public LoginSuccessBuilder secondsSinceEpoch(long seconds) {
        this.secondsSinceEpoch = seconds;
        return this;
    }

    public LoginSuccessBuilder agentAccess(String access, String accessMax) {
        this.agentAccess = access;
        this.agentAccessMax = accessMax;
        return this;
    }

    public LoginSuccessBuilder loginFlags(LoginFlags flags) {
        this.loginFlags = flags;
        return this;
    }

    public LoginSuccessBuilder globalTextures(GlobalTextures textures) {
        this.globalTextures = textures;
        return this;
    }

    public LoginSuccessBuilder inventory(LoginInventory inv) {
        this.inventory = inv;
        return this;
    }

    public LoginSuccessBuilder gestures(List<Gesture> list) {
        this.gestures = list;
        return this;
    }

    public LoginSuccessBuilder initialOutfit(InitialOutfit outfit) {
        this.initialOutfit = outfit;
        return this;
    }

    public LoginSuccessBuilder classifiedCategories(List<ClassifiedCategory> list) {
        this.classifiedCategories = list;
        return this;
    }

    public LoginSuccessBuilder allowFirstLife(boolean allow) {
        this.allowFirstLife = allow;
        return this;
    }

    public LoginSuccessBuilder maxAgentGroups(int max) {
        this.maxAgentGroups = max;
        return this;
    }

    public LoginSuccessBuilder buddyList(List<Buddy> list) {
        this.buddyList = list;
        return this;
    }

    public LoginSuccessBuilder optionalStrings(Map<String, String> strings) {
        this.optionalStrings = strings;
        return this;
    }

    /**
     * @throws NullPointerException     when the session ids, region or inventory were not given
     * @throws IllegalArgumentException when the circuit code was not given or is negative
     */
    public LoginSuccess build() {
        Objects.requireNonNull(agentId, "agent id");
        Objects.requireNonNull(sessionId, "session id");
        Objects.requireNonNull(secureSessionId, "secure session id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(inventory, "inventory");
        Home h = home != null ? home : new Home(region.regionX(), region.regionY(), Vector3.ZERO, Vector3.ZERO);
        return new LoginSuccess(firstName, lastName, agentId, sessionId, secureSessionId, realId, circuitCode, region,
                lookAt, h, startLocation, message, secondsSinceEpoch, agentAccess, agentAccessMax, loginFlags,
                globalTextures, inventory, gestures, initialOutfit, classifiedCategories, allowFirstLife,
                maxAgentGroups, buddyList, optionalStrings);
    }
}
