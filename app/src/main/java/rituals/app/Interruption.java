package rituals.app;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import rituals.client.Ending;
import rituals.client.Suitor;

/**
 * What a run does when Ctrl-C (SIGINT) or a SIGTERM stops it before its end: a shutdown hook that logs its agents out
 * and writes what was recorded, marked as interrupted, within {@link #BOUND}. Exactly one of the run and the hook
 * writes the outputs: whichever claims them first; a hook that finds the run writing waits for it (up to the bound)
 * so the JVM does not exit halfway through a file.
 */
final class Interruption implements AutoCloseable {
    /** The whole of an interrupted shutdown: logouts and files. A Ctrl-C should not hang. */
    static final Duration BOUND = Duration.ofSeconds(5);
    /** How long the agents are given for LogoutReply, leaving the rest of the bound for the files. */
    static final Duration LOGOUT = Duration.ofSeconds(3);

    /** The interrupted run's last acts, on the hook's thread. */
    @FunctionalInterface
    interface Handler {
        void interrupted() throws Exception;
    }

    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch written = new CountDownLatch(1);
    private final Thread hook;

    private Interruption(String command, Handler handler) {
        this.hook = new Thread(() -> {
            if (!claimed.compareAndSet(false, true)) {
                awaitWritten();
                return;
            }
            try {
                handler.interrupted();
            } catch (Exception e) {
                System.err.println("rituals " + command + ": interrupted, and could not finish: " + e.getMessage());
            } finally {
                written.countDown();
            }
        }, "rituals-interrupted");
    }

    /**
     * Logs the agent out as the suitor's logout does (LogoutRequest, LogoutReply awaited up to {@link #LOGOUT}, then
     * CloseCircuit), speaking again first if its scenario had fallen silent, so that no ghost waits on the server for
     * its silence timeout. Returns how it ended, for the operator's line.
     */
    static String logOut(Suitor suitor) throws Exception {
        if (suitor == null) {
            return "it had not started";
        }
        Ending ending = suitor.silent(false).thenCompose(x -> suitor.logout(LOGOUT))
                .get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        return "logged out (" + ending.reason().probeName() + ")";
    }

    /** Arms the hook for {@code command}; close it when the run has written its outputs itself. */
    static Interruption arm(String command, Handler handler) {
        Interruption i = new Interruption(command, handler);
        Runtime.getRuntime().addShutdownHook(i.hook);
        return i;
    }

    /**
     * The run reached its end and will write its outputs: true unless the hook already took over (then the run
     * writes nothing and the hook's files stand).
     */
    boolean finishing() {
        return claimed.compareAndSet(false, true);
    }

    private void awaitWritten() {
        try {
            written.await(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The run has written its outputs (or has none to write): the hook is no longer needed. */
    @Override
    public void close() {
        written.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs, finds the outputs claimed and written, and returns
        }
    }
}
