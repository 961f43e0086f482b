package rituals.server.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The lines one class logs (System.Logger goes to java.util.logging by default), kept for assertions. */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    public final List<String> lines = new CopyOnWriteArrayList<>();
    /** The records themselves, to see their level and whether they carry a stack trace. */
    public final List<LogRecord> records = new CopyOnWriteArrayList<>();

    public LogCapture(Class<?> source) {
        this.logger = Logger.getLogger(source.getName());
        logger.addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
        lines.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
