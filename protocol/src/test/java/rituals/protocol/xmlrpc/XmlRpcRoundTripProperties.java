package rituals.protocol.xmlrpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import rituals.protocol.testing.ValueArbitraries;
import rituals.protocol.xml.XmlLimits;

/**
 * What round-trips through XML-RPC: strings XML can carry, ints, booleans, finite doubles (-0.0 and subnormals
 * included, compared by {@link Double#equals}), base64, structs and arrays. dateTime.iso8601 is read as a String and
 * never written, so it is not generated.
 */
class XmlRpcRoundTripProperties {
    private static final XmlLimits ROOMY = new XmlLimits(1 << 20, 64);

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                ValueArbitraries.xmlStrings(),
                Arbitraries.integers(),
                Arbitraries.of(true, false),
                ValueArbitraries.allDoubles().filter(Double::isFinite),
                ValueArbitraries.bytes());
        return ValueArbitraries.nested(scalars, 3);
    }

    @Property
    void callRoundTrip(@ForAll("values") Object first, @ForAll("values") Object second) {
        XmlRpcCall call = new XmlRpcCall("login_to_simulator", List.of(first, second));

        assertThat(XmlRpc.parseCall(XmlRpc.writeCall(call), ROOMY)).isEqualTo(call);
    }

    @Property
    void successRoundTrip(@ForAll("values") Object value) {
        XmlRpcResponse response = new XmlRpcResponse.Success(value);

        assertThat(XmlRpc.parseResponse(XmlRpc.writeResponse(response), ROOMY)).isEqualTo(response);
    }

    @Property
    void faultRoundTrip(@ForAll int code, @ForAll("strings") String message) {
        XmlRpcResponse fault = new XmlRpcResponse.Fault(code, message);

        assertThat(XmlRpc.parseResponse(XmlRpc.writeResponse(fault), ROOMY)).isEqualTo(fault);
    }

    @Provide
    Arbitrary<String> strings() {
        return ValueArbitraries.xmlStrings();
    }
}
