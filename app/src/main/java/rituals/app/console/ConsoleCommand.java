package rituals.app.console;

import java.io.PrintWriter;
import java.util.List;

/**
 * One line of the operator's console's command table: the words that name it, what follows them, what it does.
 *
 * @param words the command's name, one or two words ("show users", "quit")
 * @param args  what follows the words, for help and for a usage line ("FIRST LAST [MESSAGE]"), or empty
 * @param help  what it does, one line
 * @param run   the action, given the words after the name
 */
record ConsoleCommand(String words, String args, String help, Action run) {
    /** A command's action; what it prints goes to {@code out}. */
    @FunctionalInterface
    interface Action {
        /** @return false when the console should stop reading ({@code quit}) */
        boolean run(List<String> args, PrintWriter out) throws Exception;
    }

    String usage() {
        return args.isEmpty() ? words : words + " " + args;
    }
}
