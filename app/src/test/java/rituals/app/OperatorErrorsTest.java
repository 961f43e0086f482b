package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operational failure of {@code ./rituals} is one line that names the cause and the fix, with its own exit
 * code, and no stack trace unless {@code --debug} asks for one.
 */
class OperatorErrorsTest {
    @TempDir
    Path dir;

    static void assertOneLine(Cli.Run r, int code, String... mentions) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(code);
        assertThat(r.err().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ").contains(mentions);
    }

    /** {@code serve} on loopback, free ports unless {@code more} names one, data in the test's folder. */
    Cli.Run serve(String... more) {
        List<String> given = List.of(more);
        List<String> all = new ArrayList<>(List.of("serve", "--bind", "127.0.0.1"));
        for (String port : List.of("--http-port", "--udp-port")) {
            if (!given.contains(port)) {
                all.addAll(List.of(port, "0"));
            }
        }
        if (!given.contains("--data")) {
            all.addAll(List.of("--data", dir.resolve("data").toString()));
        }
        all.addAll(given);
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void anHttpPortInUseIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertOneLine(serve("--http-port", String.valueOf(port)), Failures.PORT_IN_USE,
                    "HTTP port " + port + " on 127.0.0.1 is in use", "--http-port");
        }
    }

    @Test
    void aUdpPortInUseIsNamed() throws IOException {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            int port = taken.getLocalPort();
            assertOneLine(serve("--udp-port", String.valueOf(port)), Failures.PORT_IN_USE,
                    "UDP port " + port + " on 127.0.0.1 is in use", "--udp-port");
        }
    }

    @Test
    void aMissingConfigFileIsNamed() {
        Path missing = dir.resolve("venue.ini");
        assertOneLine(serve("--config", missing.toString()), Failures.CONFIG, missing.toString(), "no such file");
    }

    @Test
    void aMalformedConfigLineIsNamedWithItsLine() throws IOException {
        Path ini = Files.writeString(dir.resolve("venue.ini"), "[Region]\nInternalPort = 9000\nthis is not a key\n");
        assertOneLine(serve("--config", ini.toString()), Failures.CONFIG, ini + ":3");
    }

    @Test
    void aMissingTerrainFileIsNamed() {
        Path missing = dir.resolve("island.r32");
        assertOneLine(serve("--terrain", missing.toString()), Failures.CONFIG, missing.toString(), "no such file");
    }

    @Test
    void aRegionOfAnotherSizeIsNamedByItsFileAndKey() throws IOException {
        Path regions = Files.createDirectory(dir.resolve("Regions"));
        Path big = Files.writeString(regions.resolve("Big.ini"), "[Big]\nLocation = 1000,1000\nSizeX = 512\n");
        assertOneLine(serve("--regions", regions.toString()), Failures.CONFIG,
                big + " [Big] SizeX: '512' is not 256: this venue serves 256 m regions only");
    }

    @Test
    void anUnresolvableRegionHostIsNamedByItsFile() throws IOException {
        Path regions = Files.createDirectory(dir.resolve("Regions"));
        Path ini = Files.writeString(regions.resolve("r.ini"), "[Far]\nInternalPort = 0\n"
                + "ExternalHostName = no-such-host.invalid\n");
        assertOneLine(serve("--regions", regions.toString()), Failures.HOST, ini + " [Far]", "no-such-host.invalid");
    }

    @Test
    void anUnresolvableExternalHostIsNamed() {
        assertOneLine(serve("--external-host", "no-such-host.invalid"), Failures.HOST, "no-such-host.invalid");
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        assertOneLine(serve("--data", file.resolve("data").toString()), Failures.DATA, file.resolve("data").toString(), "--data");
    }

    @Test
    void narrateOfAMissingOrMalformedFileIsOneLine() throws IOException {
        Path missing = dir.resolve("gone.jsonl");
        assertOneLine(Cli.run("narrate", missing.toString()), Failures.INPUT, missing.toString(), "no such file");
        Path junk = Files.writeString(dir.resolve("junk.jsonl"), "this is not json\n");
        assertOneLine(Cli.run("narrate", junk.toString()), Failures.INPUT, junk.toString(), "not a ritual log");
    }

    @Test
    void anUnreachableLoginServerIsNamed() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Cli.Run r = Cli.run("connect", "--uri", "http://127.0.0.1:" + closed + "/", "--password", "pw");
        assertThat(r.code()).as(r.err()).isEqualTo(Failures.LOGIN_SERVER);
        assertThat(r.err()).contains("cannot reach the login server at http://127.0.0.1:" + closed, "--uri")
                .doesNotContain("\tat ");
    }

    @Test
    void aLoginServerAnsweringGarbageIsNamed() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read(new byte[8192]);
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 19\r\nConnection: close"
                            + "\r\n\r\n<html>hello</html>\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the test's assertion says what went wrong
                }
            });
            answer.start();
            Cli.Run r = Cli.run("connect", "--uri", "http://127.0.0.1:" + server.getLocalPort() + "/", "--password",
                    "pw");
            answer.join();
            assertThat(r.code()).as(r.err()).isEqualTo(Failures.LOGIN_SERVER);
            assertThat(r.err()).contains("not a login reply", "--uri").doesNotContain("\tat ");
        }
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli.Run r = Cli.run("serve", "--debug", "--config", dir.resolve("missing.ini").toString());
        assertThat(r.code()).isEqualTo(Failures.CONFIG);
        assertThat(r.err()).contains("\tat ");
    }
}
