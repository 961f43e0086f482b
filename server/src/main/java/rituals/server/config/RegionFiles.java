package rituals.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * OpenSim's Regions folder: every {@code *.ini} file in it, in file-name order, each section a region named by its
 * header, with the keys RegionUUID, Location, InternalAddress, InternalPort, ExternalHostName, SizeX, SizeY and
 * MaxAgents. A key a section leaves out takes the venue's value (its own [Region] keys, or their defaults); other
 * keys OpenSim knows are logged and ignored. Two regions may not share a name, a UUID, a location or a UDP port.
 */
final class RegionFiles {
    private static final System.Logger LOG = System.getLogger(RegionFiles.class.getName());
    /** The keys a region section may set: the [Region] settings but its name, which is the section's header. */
    private static final List<Setting> KEYS = List.of(Setting.REGION_ID, Setting.LOCATION, Setting.BIND_ADDRESS,
            Setting.UDP_PORT, Setting.EXTERNAL_HOST, Setting.SIZE_X, Setting.SIZE_Y, Setting.MAX_AGENTS);

    private RegionFiles() {}

    /** @param venue the venue's settings, which a section's missing keys fall back to */
    static List<RegionConfig> read(Path dir, Map<Setting, String> venue, String terrain) {
        List<RegionConfig> regions = new ArrayList<>();
        for (Path file : iniFiles(dir)) {
            for (Map.Entry<String, Map<Setting, String>> section : sections(file).entrySet()) {
                Map<Setting, String> raw = new EnumMap<>(venue);
                raw.put(Setting.REGION_ID, ""); // a region's own, or derived from its name: never the venue's
                raw.putAll(section.getValue());
                String origin = file + " [" + section.getKey() + "]";
                regions.add(RegionConfig.of(origin, section.getKey(), new Values(raw, origin), terrain));
            }
        }
        if (regions.isEmpty()) {
            throw new ConfigException(dir + ": no region: the folder needs at least one *.ini file with a [Region Name]"
                    + " section");
        }
        distinct(regions);
        return List.copyOf(regions);
    }

    private static List<Path> iniFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ConfigException(dir + ": not a directory (--regions names OpenSim's Regions folder)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ini"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(dir + ": cannot list the region files: " + e.getMessage(), e);
        }
    }

    /** Each section's region keys, in file order. */
    private static Map<String, Map<Setting, String>> sections(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, Map<Setting, String>> sections = new LinkedHashMap<>();
        for (IniFile.Entry e : IniFile.parse(text, file.toString()).entries()) {
            Map<Setting, String> keys = sections.computeIfAbsent(e.section(), s -> new EnumMap<>(Setting.class));
            Setting s = KEYS.stream().filter(k -> k.key().equalsIgnoreCase(e.key())).findFirst().orElse(null);
            if (s == null) {
                LOG.log(System.Logger.Level.WARNING, "[CONFIG]: Ignoring key " + e.key() + " of region ["
                        + e.section() + "] in " + file + " (line " + e.line() + ")");
            } else {
                keys.put(s, e.value());
            }
        }
        return sections;
    }

    private static void distinct(List<RegionConfig> regions) {
        for (int i = 0; i < regions.size(); i++) {
            RegionConfig a = regions.get(i);
            for (RegionConfig b : regions.subList(0, i)) {
                String clash = a.name().equalsIgnoreCase(b.name()) ? "the name " + a.name()
                        : a.regionId().equals(b.regionId()) ? "RegionUUID " + a.regionId()
                        : a.gridX() == b.gridX() && a.gridY() == b.gridY() ? "Location " + a.gridX() + "," + a.gridY()
                        : a.internalPort() != 0 && a.internalPort() == b.internalPort()
                                ? "InternalPort " + a.internalPort() : null;
                if (clash != null) {
                    throw new ConfigException(a.origin() + ": " + clash + " is already " + b.origin() + "'s");
                }
            }
        }
    }
}
