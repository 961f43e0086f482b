package rituals.app.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The operator's console as plain strings: a command table, a line in, text out. It knows nothing of the terminal
 * ({@link ConsoleTerminal} reads the lines with editing and history), so a test drives it with strings.
 */
public final class OperatorConsole {
    private final List<ConsoleCommand> table;

    OperatorConsole(List<ConsoleCommand> commands) {
        List<ConsoleCommand> all = new ArrayList<>(commands);
        all.add(new ConsoleCommand("help", "", "lists these commands", (args, out) -> {
            help(out);
            return true;
        }));
        this.table = List.copyOf(all);
    }

    /**
     * Runs one line. An empty line does nothing; an unknown command or wrong words print one line saying so, and a
     * command's failure prints its cause: nothing the operator types stops the console but {@code quit}.
     *
     * @return false once the console should stop reading ({@code quit})
     */
    public boolean execute(String line, PrintWriter out) {
        List<String> words = Arrays.stream(line.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return true;
        }
        ConsoleCommand command = find(words);
        if (command == null) {
            out.println("Unknown command \"" + line.trim() + "\": type help for the list.");
            out.flush();
            return true;
        }
        List<String> args = words.subList(command.words().split(" ").length, words.size());
        try {
            return command.run().run(args, out);
        } catch (UsageException e) {
            out.println(e.getMessage() + ". Usage: " + command.usage());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println(command.words() + ": interrupted");
            return true;
        } catch (Exception e) {
            out.println(command.words() + ": " + e.getMessage());
            return true;
        } finally {
            out.flush();
        }
    }

    /** The command whose words start the line (ignoring case), or null. */
    private ConsoleCommand find(List<String> words) {
        for (ConsoleCommand c : table) {
            String[] name = c.words().split(" ");
            if (words.size() >= name.length && String.join(" ", words.subList(0, name.length))
                    .toLowerCase(Locale.ROOT).equals(c.words())) {
                return c;
            }
        }
        return null;
    }

    /** Every command's words, for the terminal's completion. */
    public List<String> names() {
        return table.stream().map(ConsoleCommand::words).toList();
    }

    private void help(PrintWriter out) {
        int width = table.stream().mapToInt(c -> c.usage().length()).max().orElse(0);
        for (ConsoleCommand c : table) {
            out.printf("  %-" + width + "s  %s%n", c.usage(), c.help());
        }
    }
}
