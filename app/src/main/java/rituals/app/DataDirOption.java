package rituals.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that open the venue's database. */
final class DataDirOption {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "./rituals-data",
            description = "Data directory holding the SQLite database (default: ${DEFAULT-VALUE}).")
    Path dataDir;
}
