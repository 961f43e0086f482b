package rituals.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Layers the configuration: built-in defaults, then a config file, then flags, each overriding the one before.
 *
 * <pre>{@code ServerConfig c = new ConfigLoader().file(Path.of("rituals.ini")).set(Setting.HTTP_PORT, "0").load(); }</pre>
 */
public final class ConfigLoader {
    private static final Logger LOG = Logger.getLogger(ConfigLoader.class.getName());

    private final Map<Setting, String> values = new EnumMap<>(Setting.class);
    private Path regionsDir;

    public ConfigLoader() {
        for (Setting s : Setting.values()) {
            values.put(s, s.defaultValue());
        }
    }

    /**
     * A venue on loopback only, on ports the system picks, keeping its data in {@code dataDir}: what a performance
     * and the loopback tests start from, before their own settings.
     */
    public static ConfigLoader loopback(Path dataDir) {
        return new ConfigLoader()
                .set(Setting.HTTP_PORT, "0")
                .set(Setting.UDP_PORT, "0")
                .set(Setting.BIND_ADDRESS, "127.0.0.1")
                .set(Setting.DATA_DIR, dataDir.toString());
    }

    /** Overlays the settings of an INI file; keys this venue does not know are logged and ignored. */
    public ConfigLoader file(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + path + ": " + e.getMessage(), e);
        }
        return ini(IniFile.parse(text, path.toString()));
    }

    /** Overlays the settings of a parsed INI document. */
    public ConfigLoader ini(IniFile ini) {
        for (IniFile.Entry e : ini.entries()) {
            Setting s = find(e.section(), e.key());
            if (s == null) {
                // OpenSim's files carry hundreds of keys we have no use for; say so rather than fail.
                LOG.warning(() -> "[CONFIG]: Ignoring unknown key [" + e.section() + "] " + e.key() + " (line "
                        + e.line() + ")");
            } else {
                values.put(s, e.value());
            }
        }
        return this;
    }

    /** Overrides one setting, as a command-line flag does. */
    public ConfigLoader set(Setting setting, String value) {
        values.put(setting, value);
        return this;
    }

    /**
     * Hosts the regions of OpenSim's Regions folder (every {@code *.ini} in {@code dir}) instead of the one region
     * of the [Region] keys; a key a region's section leaves out takes the [Region] value.
     */
    public ConfigLoader regions(Path dir) {
        this.regionsDir = dir;
        return this;
    }

    /** Checks and types every value. */
    public ServerConfig load() {
        return ServerConfig.parse(values, regionsDir);
    }

    private static Setting find(String section, String key) {
        for (Setting s : Setting.values()) {
            if (s.section().equalsIgnoreCase(section) && s.key().equalsIgnoreCase(key)) {
                return s;
            }
        }
        return null;
    }
}
