package rituals.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code ./rituals} in-process, as {@link Main} does, with its output captured. */
final class Cli {
    record Run(int code, String out, String err) {}

    private Cli() {}

    static Run run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Cli.Run(code, out.toString(), err.toString());
    }
}
