package rituals.app.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.AggregateCompleter;
import org.jline.reader.impl.completer.ArgumentCompleter;
import org.jline.reader.impl.completer.NullCompleter;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The console on the operator's terminal: JLine reads each line (editing, history, completion of the commands),
 * {@link OperatorConsole} runs it. Its thread only reads and waits: what regions own is asked of their loops. Log
 * lines are printed above the prompt while it runs, so they never cut through what the operator types.
 */
public final class ConsoleTerminal {
    private static final String PROMPT = "rituals# ";

    private ConsoleTerminal() {}

    /**
     * Reads commands until {@code quit}, Ctrl-C or Ctrl-D at the prompt (the last two run {@code quit} too, as
     * Ctrl-C does without the console), on the calling thread.
     */
    public static void run(Function<VenueCommands.SecretPrompt, OperatorConsole> consoleAsking, Runnable quit)
            throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            // The table is built once the reader exists (create user asks through it), and completes from then on.
            AtomicReference<Completer> commands = new AtomicReference<>(NullCompleter.INSTANCE);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .completer((r, line, found) -> commands.get().complete(r, line, found)).build();
            OperatorConsole console = consoleAsking.apply(prompt -> secret(reader, prompt));
            commands.set(completer(console.names()));
            PrintWriter out = terminal.writer();
            List<Handler> consoleHandlers = aboveThePrompt(reader);
            try {
                while (true) {
                    String line;
                    try {
                        line = reader.readLine(PROMPT);
                    } catch (UserInterruptException | EndOfFileException e) {
                        quit.run();
                        return;
                    }
                    if (!console.execute(line, out)) {
                        return;
                    }
                }
            } finally {
                restore(consoleHandlers);
            }
        }
    }

    /** Completes each word of a command on its own ("sh" → "show", then "show c" → "show circuits"). */
    private static Completer completer(List<String> names) {
        List<Completer> each = new ArrayList<>();
        for (String name : names) {
            List<Completer> words = new ArrayList<>();
            for (String w : name.split(" ")) {
                words.add(new StringsCompleter(w));
            }
            words.add(NullCompleter.INSTANCE);
            each.add(new ArgumentCompleter(words));
        }
        return new AggregateCompleter(each);
    }

    /** A password typed with its characters masked; null when the operator gives up (Ctrl-C, Ctrl-D). */
    private static String secret(LineReader reader, String prompt) {
        try {
            return reader.readLine(prompt, '*');
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    /** Swaps the root logger's handlers for one that prints above the prompt; returns the ones it took off. */
    private static List<Handler> aboveThePrompt(LineReader reader) {
        Logger root = Logger.getLogger("");
        List<Handler> taken = List.of(root.getHandlers());
        if (taken.isEmpty()) {
            return taken;
        }
        Handler format = taken.get(0);
        for (Handler h : taken) {
            root.removeHandler(h);
        }
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (format.isLoggable(record)) {
                    reader.printAbove(format.getFormatter().format(record).stripTrailing());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return taken;
    }

    private static void restore(List<Handler> taken) {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        taken.forEach(root::addHandler);
    }
}
