package rituals.server.world.terrain;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a 256×256 region height map from the files OpenSim's terrain module reads, chosen by extension:
 *
 * <ul>
 *   <li>{@code .r32} (OpenSim RAW32): 262,144 bytes, 65,536 little-endian float32 heights in metres, row by row from
 *       the south edge ({@code [y*256 + x]}, as OpenSim loads it).</li>
 *   <li>{@code .raw}, 851,968 bytes (Second Life / OpenSim LLRAW): 13 bytes per point, height = byte 0 × byte 1 / 128
 *       metres, the other 11 channels ignored. Rows run from the north edge down, as in an image (OpenSim's LLRAW
 *       loader stores file row r at y = 255 − r).</li>
 *   <li>{@code .raw}, 65,536 bytes (a plain 8-bit grey-scale map): one byte per point, height = the byte in metres,
 *       rows from the north edge down like LLRAW and images. OpenSim itself has no such loader; this form is for
 *       hand-made maps.</li>
 * </ul>
 *
 * Anything else, and any other size, is a {@link HeightMapFormatException} that says which sizes are accepted. The
 * size is checked before reading, so a huge file is never loaded.
 */
public final class HeightMapFiles {
    /** Bytes of a {@code .r32} file. */
    public static final int R32_BYTES = HeightMap.POINTS * 4;
    /** Bytes of a 13-channel LLRAW {@code .raw} file. */
    public static final int LLRAW_BYTES = HeightMap.POINTS * 13;
    /** Bytes of a plain 8-bit {@code .raw} file. */
    public static final int RAW8_BYTES = HeightMap.POINTS;

    private static final int SIZE = HeightMap.SIZE;

    private HeightMapFiles() {
    }

    /**
     * Loads a height map.
     *
     * @throws HeightMapFormatException if the extension or size is not one listed above, or a .r32 value is not finite
     * @throws IOException              if the file cannot be read
     */
    public static HeightMap load(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        long size = Files.size(file);
        if (name.endsWith(".r32")) {
            if (size != R32_BYTES) {
                throw new HeightMapFormatException(file, "a .r32 height map is " + R32_BYTES
                        + " bytes (256×256 float32), this one is " + size);
            }
            return readR32(file, Files.readAllBytes(file));
        }
        if (name.endsWith(".raw")) {
            if (size == LLRAW_BYTES) {
                return readLlRaw(Files.readAllBytes(file));
            }
            if (size == RAW8_BYTES) {
                return readRaw8(Files.readAllBytes(file));
            }
            throw new HeightMapFormatException(file, "a .raw height map is " + LLRAW_BYTES
                    + " bytes (LLRAW, 13 channels) or " + RAW8_BYTES + " bytes (8-bit), this one is " + size);
        }
        throw new HeightMapFormatException(file, "unknown height-map type; accepted: .r32 (" + R32_BYTES
                + " bytes), .raw (" + LLRAW_BYTES + " or " + RAW8_BYTES + " bytes)");
    }

    private static HeightMap readR32(Path file, byte[] bytes) throws HeightMapFormatException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] heights = new float[HeightMap.POINTS];
        for (int k = 0; k < heights.length; k++) {
            heights[k] = buffer.getFloat();
            if (!Float.isFinite(heights[k])) {
                throw new HeightMapFormatException(file, "height at (" + k % SIZE + ", " + k / SIZE
                        + ") is not a finite number (" + heights[k] + ")");
            }
        }
        return new HeightMap(heights);
    }

    private static HeightMap readLlRaw(byte[] bytes) {
        float[] heights = new float[HeightMap.POINTS];
        for (int row = 0; row < SIZE; row++) {
            int y = SIZE - 1 - row;
            for (int x = 0; x < SIZE; x++) {
                int at = (row * SIZE + x) * 13;
                heights[y * SIZE + x] = (float) ((bytes[at] & 0xFF) * ((bytes[at + 1] & 0xFF) / 128.0));
            }
        }
        return new HeightMap(heights);
    }

    private static HeightMap readRaw8(byte[] bytes) {
        float[] heights = new float[HeightMap.POINTS];
        for (int row = 0; row < SIZE; row++) {
            int y = SIZE - 1 - row;
            for (int x = 0; x < SIZE; x++) {
                heights[y * SIZE + x] = bytes[row * SIZE + x] & 0xFF;
            }
        }
        return new HeightMap(heights);
    }
}
