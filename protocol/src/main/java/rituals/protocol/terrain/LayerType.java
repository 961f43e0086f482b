package rituals.protocol.terrain;

import java.util.Optional;

/**
 * The kind of layer a LayerData message carries: its LayerID.Type byte, repeated as the third byte of the Data
 * stream. The Extended kinds (for regions larger than 256 m) carry 32-bit patch ids instead of 10-bit ones.
 */
public enum LayerType {
    LAND(0x4C, false),
    LAND_EXTENDED(0x4D, true),
    WATER(0x57, false),
    /** 0x58 'X'; LibreMetaverse declares 0x57 here by mistake. */
    WATER_EXTENDED(0x58, true),
    WIND(0x37, false),
    WIND_EXTENDED(0x39, true),
    CLOUD(0x38, false),
    CLOUD_EXTENDED(0x3A, true);

    private final int code;
    private final boolean extended;

    LayerType(int code, boolean extended) {
        this.code = code;
        this.extended = extended;
    }

    /** The byte on the wire. */
    public int code() {
        return code;
    }

    /** True when patch ids are 32 bits ({@code (x<<16)|y}) rather than 10 bits ({@code (x<<5)|y}). */
    public boolean extended() {
        return extended;
    }

    /** The bits a patch id takes in the stream: 32 for the Extended kinds, else 10. */
    public int patchIdBits() {
        return extended ? 32 : 10;
    }

    /** The type with this wire byte, if any. */
    public static Optional<LayerType> fromCode(int code) {
        for (LayerType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
