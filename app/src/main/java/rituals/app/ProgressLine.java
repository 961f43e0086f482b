package rituals.app;

import java.io.PrintWriter;
import rituals.client.crowd.CrowdProgress;

/**
 * A run's live progress (a crowd's, a connect's): rewritten in place every second on a terminal, one line every five seconds otherwise
 * (a log file should not fill with thousands of lines).
 */
final class ProgressLine {
    private static final long LOG_EVERY_MILLIS = 5000;

    private final PrintWriter out;
    private final boolean terminal;
    private long lastLogged = -LOG_EVERY_MILLIS;
    private boolean open;

    ProgressLine(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void show(CrowdProgress p) {
        show(p.line(), p.elapsedMillis());
    }

    /** Shows {@code line}, the state {@code elapsedMillis} into the run. */
    synchronized void show(String line, long elapsedMillis) {
        if (terminal) {
            out.print("\r" + line + "   ");
            open = true;
        } else if (elapsedMillis - lastLogged >= LOG_EVERY_MILLIS) {
            out.println(line);
            lastLogged = elapsedMillis;
        }
        out.flush();
    }

    /** Ends the line being rewritten, so what follows starts on its own. */
    synchronized void end() {
        if (open) {
            out.println();
            out.flush();
            open = false;
        }
    }
}
