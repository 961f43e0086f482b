package rituals.server.http;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh {@link TestVenue} on loopback for each test, in its own data folder, closed after it. A subclass's own
 * {@code @BeforeEach} runs once the venue is up and its {@code @AfterEach} before the venue closes.
 */
abstract class VenueFixture {
    @TempDir
    Path dir;

    TestVenue venue;

    @BeforeEach
    void startVenue() throws Exception {
        venue = new TestVenue(dir);
    }

    @AfterEach
    void stopVenue() {
        venue.close();
    }
}
