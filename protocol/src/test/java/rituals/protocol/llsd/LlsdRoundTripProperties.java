package rituals.protocol.llsd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import rituals.protocol.testing.ValueArbitraries;
import rituals.protocol.xml.XmlLimits;
import rituals.protocol.xml.XmlText;

/**
 * What round-trips through LLSD XML: every value of the mapped types, with reals compared by {@link Double#equals}
 * (so NaN, the infinities and -0.0 must survive exactly) and strings with any whitespace XML can carry. Strings with
 * characters XML 1.0 cannot carry are refused by the writer rather than altered.
 */
class LlsdRoundTripProperties {

    @Provide
    Arbitrary<Object> llsdValues() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.just(Llsd.UNDEF),
                Arbitraries.of(true, false),
                Arbitraries.integers(),
                ValueArbitraries.allDoubles(),
                ValueArbitraries.xmlStrings(),
                ValueArbitraries.uuids(),
                ValueArbitraries.instants(),
                ValueArbitraries.uris(),
                ValueArbitraries.bytes());
        return ValueArbitraries.nested(scalars, 3);
    }

    @Property
    void xmlRoundTrip(@ForAll("llsdValues") Object value) {
        byte[] body = LlsdXml.write(value);

        Object back = LlsdXml.parse(body, new XmlLimits(1 << 20, 64));

        assertThat(back).isEqualTo(value);
        assertThat(LlsdXml.writeString(back)).isEqualTo(LlsdXml.writeString(value)); // map order survives too
    }

    @Property
    void anyStringEitherRoundTripsOrIsRefused(@ForAll String text) {
        if (XmlText.isRepresentable(text)) {
            assertThat(LlsdXml.parse(LlsdXml.write(text), XmlLimits.DEFAULT)).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> LlsdXml.write(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<Object> notationValues() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.just(Llsd.UNDEF),
                Arbitraries.of(true, false),
                Arbitraries.integers(),
                ValueArbitraries.allDoubles(),
                Arbitraries.strings().ofMaxLength(12),
                ValueArbitraries.uuids());
        return ValueArbitraries.nested(scalars, 3);
    }

    @Property
    void notationRoundTrip(@ForAll("notationValues") Object value) {
        String text = LlsdNotation.write(value);

        assertThat(LlsdNotation.parse(text)).isEqualTo(value);
    }
}
