package rituals.app.console;

/** A console command given the wrong words: the console answers with the command's usage line. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
