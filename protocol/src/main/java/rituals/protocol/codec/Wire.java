package rituals.protocol.codec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Wire annotations for message record components. Java types alone are ambiguous for integers and byte strings, so
 * those carry exactly one of these; everything else maps by type (UUID → LLUUID, boolean → BOOL, float → F32,
 * double → F64, Vector3/Vector3d/Vector4/Quaternion, a nested record → a Single block).
 */
public final class Wire {
    private Wire() {}

    /** Unsigned 8-bit integer, held in an {@code int}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface U8 {}

    /** Unsigned 16-bit little-endian integer, held in an {@code int}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface U16 {}

    /** Unsigned 32-bit little-endian integer, held in a {@code long}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface U32 {}

    /** 64-bit little-endian integer (unsigned on the wire), held in a {@code long}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface U64 {}

    /** Signed 8-bit integer, held in an {@code int}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface S8 {}

    /** Signed 16-bit little-endian integer, held in an {@code int}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface S16 {}

    /** Signed 32-bit little-endian integer, held in an {@code int}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface S32 {}

    /** Signed 64-bit little-endian integer, held in a {@code long}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface S64 {}

    /** IPPORT: unsigned 16-bit BIG-endian, held in an {@code int}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface IpPort {}

    /** IPADDR: 4 bytes in network order, held in a {@link java.net.Inet4Address}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface IpAddr {}

    /**
     * Variable 1: a one-byte length, then data. On a {@code String} the data is UTF-8 plus a trailing NUL counted in
     * the length (empty = length 0); on {@code Bytes} it is raw.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Var1 {}

    /** Variable 2: a U16 little-endian length, then data; strings as for {@link Var1}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Var2 {}

    /** Fixed N: exactly N raw bytes, held in {@code Bytes}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Fixed {
        int value();
    }

    /** A Variable block: a {@code List} of block records, a one-byte count (at most 255) on the wire. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Variable {}

    /** A Multiple block: a {@code List} of exactly N block records, with no count on the wire. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Multiple {
        int value();
    }
}
