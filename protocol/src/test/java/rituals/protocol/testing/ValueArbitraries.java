package rituals.protocol.testing;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import rituals.protocol.types.Bytes;

/** jqwik generators for the Java values the LLSD and XML-RPC codecs carry. */
public final class ValueArbitraries {
    private ValueArbitraries() {
    }

    /**
     * Strings XML 1.0 can carry: leading/trailing/inner whitespace including CR, markup characters, "]]>",
     * non-ASCII and astral characters (as valid surrogate pairs).
     */
    public static Arbitrary<String> xmlStrings() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8),
                Arbitraries.strings().withChars('\t', '\n', '\r', ' ', '&', '<', '>', ']', '\'', '"').ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u00a0', '\ud7ff').ofMaxLength(4),
                Arbitraries.strings().withCharRange('\ue000', '\ufffd').ofMaxLength(2),
                Arbitraries.of("\ud83d\ude00", "\ud834\udd1e", "]]>", "&amp;", "<![CDATA[x]]>"));
        return pieces.list().ofMaxSize(4).map(list -> String.join("", list));
    }

    /** Every double bit pattern: NaN payloads, infinities, -0.0 and subnormals included. */
    public static Arbitrary<Double> allDoubles() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble),
                Arbitraries.of(0.0, -0.0, 1.0, 0.5, 256000.0, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 1e15, -1e15 + 1));
    }

    public static Arbitrary<Bytes> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(Bytes::wrap);
    }

    public static Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    /** Instants from year 1 to 9999 with nanosecond precision. */
    public static Arbitrary<Instant> instants() {
        return Combinators.combine(
                Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L),
                Arbitraries.integers().between(0, 999_999_999)).as(Instant::ofEpochSecond);
    }

    public static Arbitrary<URI> uris() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(word, Arbitraries.integers().between(1, 65535), word, word)
                .as((host, port, path, query) -> URI.create("http://" + host + ":" + port + "/" + path + "/?q=" + query));
    }

    /** Nested maps and lists whose leaves come from {@code scalars}, at most {@code depth} containers deep. */
    public static Arbitrary<Object> nested(Arbitrary<Object> scalars, int depth) {
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<Object> inner = Arbitraries.lazy(() -> nested(scalars, depth - 1));
        Arbitrary<Object> lists = inner.list().ofMaxSize(4).map(list -> (Object) new ArrayList<>(list));
        Arbitrary<Object> maps = Arbitraries.maps(xmlStrings(), inner).ofMaxSize(4)
                .map(map -> (Object) new LinkedHashMap<>(map));
        return Arbitraries.frequencyOf(
                Tuple.of(3, scalars),
                Tuple.of(1, lists),
                Tuple.of(1, maps));
    }
}
