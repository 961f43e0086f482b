package rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class LogLineTest {

    @Test
    void aRecordIsTimeLevelAndMessageOnOneLine() {
        LogRecord r = new LogRecord(Level.INFO, "[LLUDPSERVER]: Opened circuit {0} for {1}");
        r.setParameters(new Object[] {"42", "Wall Flower"});
        Instant when = Instant.parse("2026-11-22T01:07:05.250Z");
        r.setInstant(when);
        String time = LocalTime.ofInstant(when, ZoneId.systemDefault()).withNano(0).toString();
        assertThat(new LogLine().format(r))
                .isEqualTo(time + " INFO [LLUDPSERVER]: Opened circuit 42 for Wall Flower" + System.lineSeparator());
    }

    @Test
    void aThrowableFollowsWithItsTrace() {
        LogRecord r = new LogRecord(Level.WARNING, "[LLOGIN SERVICE]: Login failed");
        r.setThrown(new IllegalStateException("database is locked"));
        String line = new LogLine().format(r);
        assertThat(line).contains(" WARNING [LLOGIN SERVICE]: Login failed" + System.lineSeparator()
                + "java.lang.IllegalStateException: database is locked");
        assertThat(line).contains("at rituals.app.LogLineTest.aThrowableFollowsWithItsTrace");
    }
}
