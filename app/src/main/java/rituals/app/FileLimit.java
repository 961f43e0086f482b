package rituals.app;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;

/**
 * Every agent holds a UDP socket (the server tells circuits apart by endpoint) and one or two HTTP connections, so
 * a crowd needs about three file descriptors per agent. The JVM raises its soft limit to the hard one at start; if
 * even that is short, say so before the run instead of failing agents with "Too many open files".
 */
final class FileLimit {
    static final int PER_AGENT = 3;
    private static final int SPARE = 256;

    private FileLimit() {}

    /** The process's open-file limit, or -1 when the platform does not tell. */
    static long max() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean u) {
            return u.getMaxFileDescriptorCount();
        }
        return -1;
    }

    static void warnIfShort(int agents, PrintWriter err) {
        long max = max();
        long needed = (long) agents * PER_AGENT + SPARE;
        if (max >= 0 && max < needed) {
            err.printf("warning: %d agents need about %d open files; this process may open %d. Raise the hard limit "
                    + "(ulimit -Hn, /etc/security/limits.conf, or LimitNOFILE for a service).%n", agents, needed, max);
            err.flush();
        }
    }
}
