package rituals.server.login;

/**
 * Where a login lands: the region and how the client reaches it, as the login reply tells it (sim_ip, sim_port,
 * region_x, region_y, region_size_x/y, start_location).
 *
 * @param regionX, regionY world metres (grid location × 256)
 * @param where            the reply's {@code start_location}: "home", "last", "url", or "safe" when the named
 *                         region is not here and the default region stands in
 * @param notice           what the reply's {@code message} adds about the start location ("" when nothing)
 */
public record Destination(String regionName, int regionX, int regionY, int sizeX, int sizeY, String simIp,
        int simPort, String where, String notice) {

    /** The region handle: x metres in the high 32 bits, y metres in the low 32 bits. */
    public long handle() {
        return (Integer.toUnsignedLong(regionX) << 32) | Integer.toUnsignedLong(regionY);
    }

    /** The notice of a {@code uri:} start whose region is not in this venue. */
    public static String unknownRegion(String requested, String instead) {
        return "The region \"" + requested + "\" was not found; you are in " + instead + " instead.";
    }
}
