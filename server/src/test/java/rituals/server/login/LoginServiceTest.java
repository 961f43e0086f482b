package rituals.server.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rituals.protocol.login.LoginFailure;
import rituals.protocol.login.LoginRequest;
import rituals.protocol.login.LoginResponse;
import rituals.protocol.login.LoginSuccess;
import rituals.protocol.types.Vector3;
import rituals.server.account.Account;
import rituals.server.account.AccountStore;
import rituals.server.account.PasswordHash;
import rituals.protocol.caps.Capability;
import rituals.server.caps.CapsRegistry;
import rituals.server.caps.EventQueue;
import rituals.server.config.IdSource;
import rituals.server.config.ServerConfig;
import rituals.trace.ManualClock;
import rituals.trace.Recorder;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

class LoginServiceTest {
    static final String PASSWD = "$1$5f4dcc3b5aa765d61d8327deb882cf99";

    @TempDir
    Path dir;

    final ManualClock clock = new ManualClock(1_795_299_142_000L);
    final Recorder recorder = new Recorder(clock);
    final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    final ServerConfig config = ServerConfig.defaults();
    AccountStore accounts;
    Account test;
    PendingCircuits pending;
    CapsRegistry caps;
    LoginService service;

    @BeforeEach
    void setUp() {
        IdSource ids = IdSource.seeded(1);
        accounts = AccountStore.open(dir, new PasswordHash(1000, new SecureRandom()), ids::uuid, clock);
        test = accounts.create("Test", "User", "password");
        caps = new CapsRegistry(ids, new EventQueue(100, Duration.ofSeconds(58), timer, ids));
        pending = new PendingCircuits(Duration.ofSeconds(60), clock, recorder.probe(Side.SERVER),
                p -> caps.close(p.agentId()));
        InMemoryCircuitProvisioner region = new InMemoryCircuitProvisioner(ids, pending, timer, 9000);
        service = new LoginService(config, accounts, region, caps, clock, recorder.probe(Side.SERVER));
    }

    @AfterEach
    void tearDown() {
        timer.shutdownNow();
        accounts.close();
    }

    LoginAttempt attempt(String first, String last, String passwd, String start) {
        LoginRequest c = LoginRequest.client(first, last, "unused", "LabHarness", "0.1.0", "00:00:00:00:00:00");
        LoginRequest r = new LoginRequest(c.first(), c.last(), passwd, start, c.channel(), c.version(), c.platform(),
                c.platformVersion(), c.mac(), c.id0(), true, true, 0, "", c.options());
        return new LoginAttempt(LoginAttempt.XML_RPC, r, "127.0.0.1:49766", "127.0.0.1");
    }

    LoginResponse login(LoginAttempt a) {
        return service.login(a, "http://127.0.0.1:9000");
    }

    Provision provision(LoginSuccess s) {
        return pending.byAgent(s.agentId()).orElseThrow();
    }

    @Test
    void successProvisionsACircuitAndOpensCaps() {
        LoginSuccess s = (LoginSuccess) login(attempt("Test", "User", PASSWD, "last"));
        Provision p = provision(s);
        assertThat(s.agentId()).isEqualTo(test.agentId());
        assertThat(s.firstName()).isEqualTo("Test");
        assertThat(s.sessionId()).isEqualTo(p.sessionId());
        assertThat(s.secureSessionId()).isEqualTo(p.secureSessionId());
        assertThat(s.circuitCode()).isEqualTo(p.circuitCode()).isNotNegative();
        assertThat(s.region().simIp()).isEqualTo("127.0.0.1");
        assertThat(s.region().simPort()).isEqualTo(9000);
        assertThat(s.region().regionX()).isEqualTo(256000);
        assertThat(s.region().regionY()).isEqualTo(256000);
        assertThat(s.secondsSinceEpoch()).isEqualTo(1_795_299_142L);
        assertThat(s.message()).isEqualTo("Welcome to Rituals, Test User!");
        assertThat(s.startLocation()).isEqualTo("last");
        assertThat(s.region().seedCapability().toString())
                .isEqualTo("http://127.0.0.1:9000" + p.seedPath())
                .matches("http://127\\.0\\.0\\.1:9000/CAPS/[0-9a-f-]{36}0000/");
        assertThat(p.position()).isEqualTo(InMemoryCircuitProvisioner.DEFAULT_POSITION);
        assertThat(caps.resolve(p.seedPath())).map(t -> t.cap()).contains(Capability.SEED);

        assertThat(recorder.timeline()).extracting(TraceEvent::key).containsExactly(
                "SERVER.LOGIN.RECV.XML-RPC login_to_simulator",
                "SERVER.LOGIN.AUTH_SUCCESS",
                "SERVER.LOGIN.CIRCUIT_PROVISION");
        TraceEvent recv = recorder.timeline().get(0);
        assertThat(recv.facts()).containsEntry("User", "Test User").containsEntry("Viewer", "0.1.0")
                .containsEntry("Channel", "LabHarness").containsEntry("IP", "127.0.0.1:49766");
        TraceEvent provision = recorder.timeline().get(2);
        assertThat(provision.fact("Circuit")).isEqualTo(String.valueOf(s.circuitCode()));
        assertThat(provision.fact("Region")).isEqualTo("Default Region");
    }

    @Test
    void aUriStartPlacesTheAgent() {
        LoginSuccess s = (LoginSuccess) login(attempt("Test", "User", PASSWD, "uri:Default Region&10&20&30"));
        assertThat(s.startLocation()).isEqualTo("url");
        assertThat(provision(s).position()).isEqualTo(new Vector3(10, 20, 30));
    }

    @Test
    void refusalsUseOpenSimsReasonsAndMessages() {
        assertThat(login(attempt("No", "Body", PASSWD, "last"))).isEqualTo(LoginFailure.badCredentials());
        assertThat(login(attempt("Test", "User", "$1$00000000000000000000000000000000", "last")))
                .isEqualTo(LoginFailure.badCredentials());
        assertThat(login(attempt("Test", "", PASSWD, "last"))).isEqualTo(LoginFailure.incompleteCredentials());
        assertThat(login(attempt("Test", "User", "", "last"))).isEqualTo(LoginFailure.incompleteCredentials());
        List<TraceEvent> failures = recorder.timeline().stream()
                .filter(e -> e.verb() == Verb.AUTH_FAILURE).toList();
        assertThat(failures).hasSize(4).allSatisfy(e -> assertThat(e.fact("Reason")).isEqualTo("key"));
        assertThat(pending.byAgent(test.agentId())).isEmpty();
    }

    @Test
    void aSecondLoginKicksTheFirst() {
        LoginSuccess first = (LoginSuccess) login(attempt("Test", "User", PASSWD, "last"));
        String firstSeed = provision(first).seedPath();
        LoginSuccess second = (LoginSuccess) login(attempt("Test", "User", PASSWD, "last"));
        assertThat(second.sessionId()).isNotEqualTo(first.sessionId());
        assertThat(pending.claim(first.circuitCode())).isEmpty();
        assertThat(provision(second).circuitCode()).isEqualTo(second.circuitCode());
        // The old seed is gone, the new one resolves.
        assertThat(caps.resolve(firstSeed)).isEmpty();
        assertThat(caps.resolve(provision(second).seedPath())).isPresent();
        assertThat(recorder.timeline()).filteredOn(e -> e.verb() == Verb.KICK).singleElement()
                .satisfies(e -> assertThat(e.fact("Reason")).isEqualTo(LoginService.KICK_REASON));
    }

    @Test
    void anUnclaimedCircuitExpiresAndItsCapsClose() {
        Provision p = provision((LoginSuccess) login(attempt("Test", "User", PASSWD, "last")));
        clock.advance(Duration.ofSeconds(59));
        assertThat(pending.expireDue()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(pending.expireDue()).containsExactly(p);
        assertThat(caps.resolve(p.seedPath())).isEmpty();
        TraceEvent expire = recorder.timeline().get(recorder.timeline().size() - 1);
        assertThat(expire.key()).isEqualTo("SERVER.CIRCUIT.EXPIRE");
        assertThat(expire.facts()).containsEntry("User", "Test User").containsEntry("WaitedMs", "60000")
                .containsEntry("LimitMs", "60000");
    }

    @Test
    void aClaimedCircuitDoesNotExpire() {
        Provision p = provision((LoginSuccess) login(attempt("Test", "User", PASSWD, "last")));
        assertThat(pending.claim(p.circuitCode())).contains(p);
        clock.advance(Duration.ofMinutes(5));
        assertThat(pending.expireDue()).isEmpty();
    }
}
