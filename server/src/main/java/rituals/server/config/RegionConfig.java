package rituals.server.config;

import java.util.UUID;

/**
 * One region as configured: a value, the same whether it came from the venue's own [Region] keys (the single
 * "Default Region") or from a section of a file in a Regions folder. The venue runs one region per value.
 *
 * @param origin          where it was configured, for messages: "[Region]" or "Regions/north.ini [North]"
 * @param gridX, gridY    {@code Location}, in regions (× 256 m for the handle)
 * @param sizeX, sizeY    {@code SizeX}/{@code SizeY}, metres (only 256 is served)
 * @param internalAddress {@code InternalAddress}: the UDP socket's bind address
 * @param internalPort    {@code InternalPort}: its port, 0 for any free one
 * @param externalHost    {@code ExternalHostName}: what clients are told (sim_ip), {@code SYSTEMIP} for this machine
 * @param maxAgents       {@code MaxAgents}: logins beyond it are refused
 * @param terrain         the venue's {@code [Terrain] InitialTerrain}
 */
public record RegionConfig(String origin, String name, UUID regionId, int gridX, int gridY, int sizeX, int sizeY,
        String internalAddress, int internalPort, String externalHost, int maxAgents, String terrain) {

    /** Region x in world metres (login's {@code region_x}). */
    public long xMetres() {
        return (long) gridX * ServerConfig.GRID_UNIT_METRES;
    }

    /** Region y in world metres (login's {@code region_y}). */
    public long yMetres() {
        return (long) gridY * ServerConfig.GRID_UNIT_METRES;
    }

    /** The region handle: x metres in the high 32 bits, y metres in the low 32 bits. */
    public long handle() {
        return (xMetres() << 32) | yMetres();
    }

    /** Reads a region's keys; {@code name} is the section's name in a region file, RegionName otherwise. */
    static RegionConfig of(String origin, String name, Values v, String terrain) {
        int[] location = v.location();
        String id = v.text(Setting.REGION_ID, true);
        return new RegionConfig(origin, name, id.isEmpty() ? derivedId(name) : v.uuid(Setting.REGION_ID),
                location[0], location[1], v.regionSize(Setting.SIZE_X), v.regionSize(Setting.SIZE_Y),
                v.text(Setting.BIND_ADDRESS, false), v.port(Setting.UDP_PORT), v.text(Setting.EXTERNAL_HOST, false),
                v.integer(Setting.MAX_AGENTS, 1, 100_000), terrain);
    }

    /** A stable id per region name, so that restarts (and golden narratives) see the same region. */
    static UUID derivedId(String regionName) {
        return UUID.nameUUIDFromBytes(("rituals-region:" + regionName).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
