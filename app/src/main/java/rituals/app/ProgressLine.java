package rituals.app;

import java.io.PrintWriter;
import rituals.client.crowd.CrowdProgress;

/**
 * The crowd's live progress: rewritten in place every second on a terminal, one line every five seconds otherwise
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
        if (terminal) {
            out.print("\r" + p.line() + "   ");
            open = true;
        } else if (p.elapsedMillis() - lastLogged >= LOG_EVERY_MILLIS) {
            out.println(p.line());
            lastLogged = p.elapsedMillis();
        }
        out.flush();
    }

    /** Ends the line being rewritten, so what follows starts on its own. */
    void end() {
        if (open) {
            out.println();
            out.flush();
        }
    }
}
