package rituals.protocol.eventqueue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rituals.protocol.llsd.LlsdXml;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Vector3;
import rituals.protocol.xml.XmlLimits;

/**
 * ParcelProperties against {@code eventqueue/ParcelProperties-whole-region.xml}: the body the venue sent for a 256 m
 * region's one parcel (owner's 12 prims) before this record existed, keys in OpenSim's order, ParcelFlags as 4
 * big-endian bytes (0x2800204B: fly, other scripts, landmarks, create objects, deed, prim entry, voice).
 */
class ParcelPropertiesEventTest {
    private static final UUID ZERO = new UUID(0, 0);
    private static final UUID OWNER = UUID.fromString("dddddddd-0000-4000-8000-000000000004");

    private static final ParcelPropertiesEvent WHOLE_REGION = wholeRegion();

    private static ParcelPropertiesEvent wholeRegion() {
        byte[] bitmap = new byte[512];
        Arrays.fill(bitmap, (byte) 0xFF);
        Vector3 zero = Vector3.ZERO;
        var parcel = new ParcelPropertiesEvent.ParcelData(1, new Vector3(256, 256, 0), zero, 65536, 0, ZERO,
                Bytes.wrap(bitmap), 0, 0, 0, "", 0x2800204BL, ZERO, 0, false, 0, 15000, ZERO, "", false, "",
                "Your Parcel", 0, 0, 0, OWNER, 12, 1f, 0f, 0, 0, false, false, 0, 0, 0, 0, 0, 0, 15000, 12, false,
                ZERO, 0, 12, zero, zero, true, true, true);
        return new ParcelPropertiesEvent(parcel, new ParcelPropertiesEvent.MediaData("", 0, 0, false, "", false, false),
                new ParcelPropertiesEvent.AgeVerificationBlock(false),
                new ParcelPropertiesEvent.RegionAllowAccessBlock(true));
    }

    @Test
    void writesTheVenuesBody() throws IOException {
        assertThat(LlsdXml.write(WHOLE_REGION.toRaw().body())).isEqualTo(golden());
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsItBack() throws IOException {
        Map<String, Object> body = (Map<String, Object>) LlsdXml.parse(golden(), XmlLimits.DEFAULT);
        assertThat(EventMessages.decode(new RawEvent("ParcelProperties", body))).isEqualTo(WHOLE_REGION);
    }

    private static byte[] golden() throws IOException {
        try (InputStream in = ParcelPropertiesEventTest.class.getResourceAsStream(
                "/eventqueue/ParcelProperties-whole-region.xml")) {
            return in.readAllBytes();
        }
    }
}
