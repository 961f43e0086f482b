package rituals.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import rituals.server.login.LoginService;
import rituals.server.testing.LogCapture;

/** What a hostile client can make the venue write to its log: no forged lines, no pages, no stack traces. */
class HostileLogIT extends VenueFixture {
    String loginAs(String first) {
        return venue.loginAs(first, "password");
    }

    @Test
    void aNewlineInALoginNameCannotForgeALogLine() {
        try (LogCapture log = new LogCapture(LoginService.class)) {
            loginAs("Evil\n[LLOGIN SERVICE]: All clear. Sending login response to Test User\r");
            assertThat(log.lines).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("\n", "\r"));
            assertThat(log.lines).anySatisfy(l -> assertThat(l).contains("Evil\\n[LLOGIN SERVICE]"));
        }
    }

    @Test
    void aHugeNameCostsALineNotAPage() {
        try (LogCapture log = new LogCapture(LoginService.class)) {
            loginAs("A".repeat(60_000));
            assertThat(log.lines).isNotEmpty().allSatisfy(l -> assertThat(l.length()).isLessThan(500));
            assertThat(log.lines).anySatisfy(l -> assertThat(l).contains("more chars)"));
        }
    }

    @Test
    void abortedBodiesAreOneLineWithoutAStackTrace() throws Exception {
        try (LogCapture log = new LogCapture(HttpFrontEnd.class)) {
            for (int i = 0; i < 20; i++) {
                try (Socket s = new Socket("127.0.0.1", venue.http.boundPort())) {
                    s.getOutputStream().write(("POST / HTTP/1.1\r\nHost: venue\r\nContent-Type: text/xml\r\n"
                            + "Content-Length: 1000\r\n\r\n<?xml").getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                }
                venue.awaitIdleThreads();
            }
            assertThat(log.records).filteredOn(r -> r.getMessage().contains("Gave up on")).hasSize(1)
                    .allSatisfy(r -> assertThat(r.getThrown()).isNull());
        }
    }
}
