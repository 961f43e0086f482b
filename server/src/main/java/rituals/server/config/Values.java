package rituals.server.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Typed readers over the raw strings, each failing with a message that names the key and the value. */
final class Values {
    private final Map<Setting, String> raw;
    private final String origin;

    /** @param origin prefixes every error ("Regions/north.ini [North]"), or "" for the venue's own settings */
    Values(Map<Setting, String> raw, String origin) {
        this.raw = raw;
        this.origin = origin;
    }

    Values(Map<Setting, String> raw) {
        this(raw, "");
    }

    private String get(Setting s) {
        String value = raw.get(s);
        return value == null ? s.defaultValue() : value.strip();
    }

    private ConfigException bad(Setting s, String why) {
        String key = origin.isEmpty() ? s.qualifiedName() : origin + " " + s.key();
        return new ConfigException(key + ": '" + get(s) + "' " + why);
    }

    String text(Setting s, boolean mayBeEmpty) {
        String value = get(s);
        if (!mayBeEmpty && value.isEmpty()) {
            throw bad(s, "must not be empty");
        }
        return value;
    }

    int integer(Setting s, int min, int max) {
        try {
            int n = Integer.parseInt(get(s));
            if (n < min || n > max) {
                throw bad(s, "is outside " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(s, "is not a whole number");
        }
    }

    int port(Setting s) {
        return integer(s, 0, 65535);
    }

    /**
     * A region's edge in metres. Only 256 is served: the terrain, the handshake and the interest grid all assume it,
     * and advertising another size than the land sent would mislead the viewer.
     */
    int regionSize(Setting s) {
        int n = integer(s, 16, 8192);
        if (n != ServerConfig.GRID_UNIT_METRES) {
            throw bad(s, "is not 256: this venue serves 256 m regions only");
        }
        return n;
    }

    UUID uuid(Setting s) {
        try {
            return UUID.fromString(get(s));
        } catch (IllegalArgumentException e) {
            throw bad(s, "is not a UUID");
        }
    }

    /** "x,y" grid coordinates, as in Regions.ini's Location. */
    int[] location() {
        Setting s = Setting.LOCATION;
        String[] parts = get(s).split(",");
        if (parts.length != 2) {
            throw bad(s, "is not 'x,y'");
        }
        try {
            int x = Integer.parseInt(parts[0].strip());
            int y = Integer.parseInt(parts[1].strip());
            // The handle packs metres into 32 bits each: x*256 must fit an unsigned 32-bit value.
            if (x < 0 || y < 0 || x >= (1 << 24) || y >= (1 << 24)) {
                throw bad(s, "is outside the grid (0..16777215 each)");
            }
            return new int[] {x, y};
        } catch (NumberFormatException e) {
            throw bad(s, "is not 'x,y' in whole numbers");
        }
    }

    /** Seconds as OpenSim writes them ("60", "0.5"), or with an explicit unit ("250ms", "2s"). */
    Duration duration(Setting s) {
        String value = get(s).toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (value.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).strip()));
            } else {
                String seconds = value.endsWith("s") ? value.substring(0, value.length() - 1).strip() : value;
                d = Duration.ofMillis(new BigDecimal(seconds).movePointRight(3).longValueExact());
            }
            if (d.isNegative() || d.isZero()) {
                throw bad(s, "must be a positive duration");
            }
            return d;
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(s, "is not a duration (seconds, or a number with an ms/s suffix)");
        }
    }
}
