package rituals.protocol.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import rituals.protocol.DecodeException;
import rituals.protocol.message.Message;
import rituals.protocol.message.MessageInfo;
import rituals.protocol.message.Messages;
import rituals.protocol.message.UnknownMessage;

/**
 * Bad datagrams never crash the decoder: over 100,000 random and mutated datagrams (bit flips, truncation, extension,
 * insertion and deletion on the golden captures), PacketCodec.decode either returns a packet or throws
 * {@link DecodeException}, and the relay's DatagramView agrees with it. Seeded, so a failure names an input that can
 * be replayed.
 */
class PacketFuzzTest {
    private static final long SEED = 0x5EED_2024L;
    private static final int PER_KIND = 16_000;
    private static final PacketCodec CODEC = new PacketCodec(Messages.CATALOG);

    private final Random random = new Random(SEED);
    private final List<Capture> captures = Capture.all();
    private final List<MessageInfo> declared = new ArrayList<>(Messages.CATALOG.all());

    /** Per kind of input: decoded, of which undeclared numbers, and rejected. */
    private record Tally(int decoded, int unknown, int rejected) {}

    @Test
    void onlyDecodeExceptionEverEscapes() {
        Map<String, Function<Random, byte[]>> kinds = new LinkedHashMap<>();
        kinds.put("random bytes", r -> bytes(r, r.nextInt(1300)));
        kinds.put("random body, declared number", this::randomBody);
        kinds.put("bit flips", r -> flipBits(r, capture(r)));
        kinds.put("truncation", r -> truncate(r, capture(r)));
        kinds.put("extension", r -> extend(r, capture(r)));
        kinds.put("byte insertion", r -> insert(r, capture(r)));
        kinds.put("byte deletion", r -> delete(r, capture(r)));

        List<String> crashes = new ArrayList<>();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int total = 0;
        for (Map.Entry<String, Function<Random, byte[]>> kind : kinds.entrySet()) {
            int decoded = 0;
            int unknown = 0;
            int rejected = 0;
            for (int i = 0; i < PER_KIND; i++, total++) {
                byte[] datagram = kind.getValue().apply(random);
                // Half the inputs sit inside a larger buffer, so offset arithmetic is exercised as well.
                int pad = random.nextBoolean() ? random.nextInt(16) : 0;
                byte[] buffer = bytes(random, datagram.length + pad * 2);
                System.arraycopy(datagram, 0, buffer, pad, datagram.length);
                Packet p = null;
                try {
                    p = CODEC.decode(buffer, pad, datagram.length);
                    decoded++;
                    unknown += p.message() instanceof UnknownMessage ? 1 : 0;
                } catch (DecodeException e) {
                    rejected++;
                } catch (Throwable t) {
                    if (crashes.size() < 10) {
                        crashes.add(kind.getKey() + " #" + i + ": " + t + " on " + HexFormat.of().formatHex(datagram));
                    }
                }
                String disagreement = viewDisagrees(buffer, pad, datagram, p);
                if (disagreement != null && crashes.size() < 10) {
                    crashes.add(kind.getKey() + " #" + i + ": " + disagreement + " on "
                            + HexFormat.of().formatHex(datagram));
                }
            }
            tallies.put(kind.getKey(), new Tally(decoded, unknown, rejected));
        }
        System.out.printf("PacketFuzzTest (seed %x): %d datagrams%n", SEED, total);
        tallies.forEach((k, t) -> System.out.printf("  %-30s decoded %6d (undeclared %5d)  rejected %6d%n",
                k, t.decoded(), t.unknown(), t.rejected()));

        assertThat(crashes).as("exceptions other than DecodeException, or the view disagreeing").isEmpty();
        assertThat(total).isGreaterThanOrEqualTo(100_000);
        // The mutations must reach both outcomes, or they are not probing the decoder at all.
        assertThat(tallies.values()).allSatisfy(t -> assertThat(t.rejected()).isPositive());
        assertThat(tallies.get("bit flips").decoded()).isPositive();
        assertThat(tallies.get("extension").decoded()).isPositive();
    }

    /**
     * The relay's {@link DatagramView} must agree with the codec on every input: the same message where the codec
     * decodes, a DecodeException where it refuses, and the datagram's bytes unchanged. Null when it does.
     */
    private static String viewDisagrees(byte[] buffer, int pad, byte[] datagram, Packet decoded) {
        try {
            DatagramView view = new DatagramView().wrap(buffer, pad, datagram.length);
            Message message = view.message(CODEC);
            if (!Arrays.equals(view.copy(), datagram)) {
                return "the view's copy differs";
            }
            if (decoded == null || !message.equals(decoded.message())) {
                return "the view read " + message + " where the codec gave " + decoded;
            }
            return null;
        } catch (DecodeException e) {
            return decoded == null ? null : "the view refused what the codec decoded: " + e.getMessage();
        } catch (Throwable t) {
            return "the view threw " + t;
        }
    }

    private byte[] capture(Random r) {
        return captures.get(r.nextInt(captures.size())).bytes();
    }

    /** A well-formed header and message number of a declared message, then random body bytes. */
    private byte[] randomBody(Random r) {
        MessageInfo info = declared.get(r.nextInt(declared.size()));
        byte[] id = switch (info.frequency()) {
            case HIGH -> new byte[] {(byte) info.number()};
            case MEDIUM -> new byte[] {(byte) 0xFF, (byte) info.number()};
            case LOW -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) (info.number() >> 8), (byte) info.number()};
            case FIXED -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) info.number()};
        };
        byte[] body = bytes(r, r.nextInt(r.nextBoolean() ? 64 : 700));
        byte[] d = new byte[6 + id.length + body.length];
        d[0] = (byte) (r.nextInt(16) << 4 & 0x70); // reliable/resent/acks at random, never zero-coded
        System.arraycopy(id, 0, d, 6, id.length);
        System.arraycopy(body, 0, d, 6 + id.length, body.length);
        return d;
    }

    private static byte[] flipBits(Random r, byte[] original) {
        byte[] d = original.clone();
        for (int n = 1 + r.nextInt(8); n > 0; n--) {
            int bit = r.nextInt(d.length * 8);
            d[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        return d;
    }

    private static byte[] truncate(Random r, byte[] original) {
        return Arrays.copyOf(original, r.nextInt(original.length));
    }

    private static byte[] extend(Random r, byte[] original) {
        byte[] tail = bytes(r, 1 + r.nextInt(64));
        byte[] d = Arrays.copyOf(original, original.length + tail.length);
        System.arraycopy(tail, 0, d, original.length, tail.length);
        return d;
    }

    private static byte[] insert(Random r, byte[] original) {
        int at = r.nextInt(original.length + 1);
        int n = 1 + r.nextInt(8);
        byte[] d = new byte[original.length + n];
        System.arraycopy(original, 0, d, 0, at);
        System.arraycopy(bytes(r, n), 0, d, at, n);
        System.arraycopy(original, at, d, at + n, original.length - at);
        return d;
    }

    private static byte[] delete(Random r, byte[] original) {
        int at = r.nextInt(original.length);
        int n = Math.min(1 + r.nextInt(8), original.length - at);
        byte[] d = new byte[original.length - n];
        System.arraycopy(original, 0, d, 0, at);
        System.arraycopy(original, at + n, d, at, original.length - at - n);
        return d;
    }

    private static byte[] bytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }
}
