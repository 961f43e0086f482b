package rituals.app;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.FileSystemException;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import rituals.server.account.AccountException;
import rituals.server.config.ConfigException;
import rituals.server.log.LogText;
import rituals.server.world.terrain.HeightMapFormatException;

/**
 * What {@code ./rituals} says when an operation fails: one line naming the cause and the fix, and an exit code per
 * kind of failure (the README lists them). {@code --debug} adds the stack trace. Usage errors (a bad flag) stay
 * picocli's, with exit code 2.
 */
final class Failures implements IExecutionExceptionHandler {
    /** The scenario's expectation did not hold, or the ritual broke. */
    static final int EXPECTATION = 1;
    /** A configuration or terrain file (or another file named by a flag) is missing, unreadable or malformed. */
    static final int CONFIG = 3;
    /** The HTTP or UDP port is in use. */
    static final int PORT_IN_USE = 4;
    /** The data folder or the account database cannot be created, opened or written. */
    static final int DATA = 5;
    /** A host name (the external host) does not resolve. */
    static final int HOST = 6;
    /** The file given to {@code narrate} is missing or is not a ritual log. */
    static final int INPUT = 7;
    /** The login server cannot be reached, refuses the connection, or answers something that is not a login reply. */
    static final int LOGIN_SERVER = 8;
    /**
     * Ctrl-C or a signal stopped the run: its agents were logged out and its outputs written, marked interrupted. The
     * JVM exits with the signal's own code (130 for SIGINT, 143 for SIGTERM), as a shell reports it; this is that
     * code for SIGINT, for a run that notices the interruption itself.
     */
    static final int INTERRUPTED = 130;
    /** Anything else: a fault of ours. */
    static final int INTERNAL = 70;

    private final BooleanSupplier debug;

    Failures(BooleanSupplier debug) {
        this.debug = debug;
    }

    record Failure(int code, String line) {}

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        Failure f = classify(ex);
        PrintWriter err = cmd.getErr();
        err.println("rituals " + cmd.getCommandName() + ": " + f.line());
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return f.code();
    }

    static Failure classify(Throwable ex) {
        BindException bind = find(ex, BindException.class);
        if (bind != null) {
            return new Failure(PORT_IN_USE, bind.getMessage() + ": stop the program that holds it, or choose another"
                    + " port (--http-port, --udp-port; 0 picks a free one)");
        }
        UnknownHostException host = find(ex, UnknownHostException.class);
        if (host != null) {
            return new Failure(HOST, message(ex) + ": give an IP address or a name this machine resolves");
        }
        if (ex instanceof ConfigException && ex.getCause() instanceof FileSystemException file) {
            return new Failure(CONFIG, "cannot read the config file " + file.getFile() + ": " + LogText.why(file)
                    + " (check the path given to --config)");
        }
        if (ex instanceof ConfigException || ex instanceof HeightMapFormatException) {
            return new Failure(CONFIG, ex.getMessage() + " (the settings are in docs/CONFIG.md)");
        }
        if (ex instanceof AccountException) {
            return new Failure(DATA, ex.getMessage() + ": choose a folder you can write with --data");
        }
        FileSystemException file = find(ex, FileSystemException.class);
        if (file != null) {
            return new Failure(CONFIG, "cannot open " + file.getFile() + ": " + LogText.why(file)
                    + ": check the path given on the command line or in --config");
        }
        return new Failure(INTERNAL, "failed: " + ex + " (run again with --debug for the stack trace)");
    }

    /** The outermost message that says more than the exception's class. */
    private static String message(Throwable ex) {
        return ex instanceof UncheckedIOException && ex.getCause() != null && ex.getMessage() != null
                ? ex.getMessage().replaceFirst(": java\\..*$", "") : String.valueOf(ex.getMessage());
    }

    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
