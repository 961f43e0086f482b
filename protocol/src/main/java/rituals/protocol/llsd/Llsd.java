package rituals.protocol.llsd;

/**
 * Java representation of LLSD's one value that has no natural Java counterpart.
 *
 * <p>The LLSD codecs map the LLSD types to Java as follows: undef → {@link #UNDEF}, boolean → {@link Boolean}, integer
 * → {@link Integer}, real → {@link Double}, string → {@link String}, uuid → {@link java.util.UUID}, date →
 * {@link java.time.Instant}, uri → {@link java.net.URI}, binary → {@link rituals.protocol.types.Bytes}, map →
 * {@code Map<String, Object>} (a {@link java.util.LinkedHashMap}, document order), array → {@code List<Object>}.
 * Writers also accept {@code null} (as undef) and {@link Float} (as real).
 */
public enum Llsd {
    /** LLSD undef: "no value", distinct from an empty string or a missing map key. */
    UNDEF
}
