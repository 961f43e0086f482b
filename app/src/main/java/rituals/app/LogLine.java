package rituals.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One line per log record, OpenSim-like: {@code 01:07:05 INFO [LLUDPSERVER]: ...}. Not SimpleFormatter: it asks
 * every record for its source class, a stack walk per line, and formats the time through {@code String.format};
 * at a few lines per arrival that was a tenth of the venue's Java samples (JFR) during a crowd's ramp.
 */
final class LogLine extends Formatter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final ZoneId zone = ZoneId.systemDefault();

    /** Puts this format on the root logger's handlers (the console). */
    static void install() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.setFormatter(new LogLine());
        }
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder b = new StringBuilder(128);
        TIME.formatTo(LocalTime.ofInstant(record.getInstant(), zone), b);
        b.append(' ').append(record.getLevel().getName()).append(' ').append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            b.append(System.lineSeparator()).append(trace.toString().stripTrailing());
        }
        return b.append(System.lineSeparator()).toString();
    }
}
