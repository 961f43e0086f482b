package rituals.protocol.terrain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;

/** Damaged Data fields: the decoder returns a group or throws {@link DecodeException}, nothing else, and ends. */
class LayerDataFuzzProperties {

    @Test
    void everyTruncationOfTheCapturedDatagramIsADecodeException() throws Exception {
        byte[] data = CapturedLayerData.load("LayerData--opensim--R").data();
        for (int length = 0; length < data.length; length++) {
            byte[] cut = Arrays.copyOf(data, length);
            assertThatThrownBy(() -> LayerDataCodec.decode(cut))
                    .as("truncated to %d bytes", length)
                    .isInstanceOf(DecodeException.class)
                    .satisfies(e -> {
                        DecodeException d = (DecodeException) e;
                        org.assertj.core.api.Assertions.assertThat(d.messageName()).isEqualTo("LayerData");
                        org.assertj.core.api.Assertions.assertThat(d.block()).isEqualTo("LayerData");
                        org.assertj.core.api.Assertions.assertThat(d.field()).isEqualTo("Data");
                        org.assertj.core.api.Assertions.assertThat(d.offset()).isBetween(0, cut.length);
                    });
        }
    }

    @Test
    void unknownTypeAndOddPatchSizeAreNamed() {
        assertThatThrownBy(() -> LayerDataCodec.decode(new byte[] {0x08, 0x01, 0x10, 0x41, 0x61}))
                .isInstanceOf(DecodeException.class).hasMessageContaining("unknown layer type 0x41");
        assertThatThrownBy(() -> LayerDataCodec.decode(new byte[] {0x08, 0x01, 0x20, 0x4C, 0x61}))
                .isInstanceOf(DecodeException.class).hasMessageContaining("patch size 32");
    }

    @Property(tries = 2000)
    void mutatedDataOnlyEverThrowsDecodeException(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int edits) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] data = mutate(sample(random), random, edits);
        try {
            LayerDataCodec.decode(data);
        } catch (DecodeException expected) {
            // the one permitted failure
        }
    }

    /** Counting walks the stream as decoding does: the same count, or the same failure at the same offset. */
    @Property(tries = 1000)
    void countingAgreesWithDecoding(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int edits) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] data = mutate(sample(random), random, edits);
        DecodeException decodeFailure = null;
        int decoded = -1;
        try {
            decoded = LayerDataCodec.decode(data).patches().size();
        } catch (DecodeException e) {
            decodeFailure = e;
        }
        if (decodeFailure == null) {
            org.assertj.core.api.Assertions.assertThat(LayerDataCodec.countPatches(data)).isEqualTo(decoded);
        } else {
            DecodeException expected = decodeFailure;
            assertThatThrownBy(() -> LayerDataCodec.countPatches(data))
                    .isInstanceOf(DecodeException.class)
                    .hasMessage(expected.getMessage());
        }
    }

    @Property(tries = 500)
    void randomBytesAfterAValidHeaderOnlyEverThrowDecodeException(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] data = new byte[4 + random.nextInt(1200)];
        random.nextBytes(data);
        data[0] = 0x08;
        data[1] = 0x01;
        data[2] = 0x10;
        data[3] = (byte) LayerType.values()[random.nextInt(LayerType.values().length)].code();
        try {
            LayerDataCodec.decode(data);
        } catch (DecodeException expected) {
            // the one permitted failure
        }
    }

    private static byte[] sample(SplittableRandom random) {
        List<Patch> patches = new ArrayList<>();
        for (int n = random.nextInt(4); n >= 0; n--) {
            float[] h = new float[Patch.POINTS];
            float base = (float) (random.nextDouble() * 60 - 10);
            float amplitude = (float) (random.nextDouble() * 40);
            for (int k = 0; k < h.length; k++) {
                h[k] = base + (float) (amplitude * random.nextDouble());
            }
            patches.add(new Patch(random.nextInt(16), random.nextInt(16), h));
        }
        LayerType type = random.nextBoolean() ? LayerType.LAND : LayerType.LAND_EXTENDED;
        return LayerDataCodec.encode(type, patches);
    }

    private static byte[] mutate(byte[] data, SplittableRandom random, int edits) {
        byte[] out = data;
        for (int e = 0; e < edits; e++) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (out.length > 0) {
                        out[at] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> out = Arrays.copyOf(out, at);
                case 2 -> {
                    if (out.length > 0) {
                        out[at] = (byte) random.nextInt(256);
                    }
                }
                default -> {
                    byte[] grown = new byte[out.length + 1];
                    System.arraycopy(out, 0, grown, 0, at);
                    grown[at] = (byte) random.nextInt(256);
                    System.arraycopy(out, at, grown, at + 1, out.length - at);
                    out = grown;
                }
            }
        }
        return out;
    }
}
