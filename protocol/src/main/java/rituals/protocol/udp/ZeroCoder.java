package rituals.protocol.udp;

import rituals.protocol.DecodeException;

/**
 * LLUDP zero-coding: each run of k zero bytes (1 ≤ k ≤ 255) becomes {@code 00 k}; a longer run is cut into runs of 255.
 * It covers everything after the 6-byte header up to the end of the body, the message number included; appended acks
 * are never coded.
 */
public final class ZeroCoder {
    /** Largest zero-decoded payload a peer may make us build (OMV and OpenSim buffers are 4096 bytes). */
    public static final int MAX_DECODED = 4096;

    private ZeroCoder() {}

    /** Encodes {@code src[off, off+len)} into {@code dst} at {@code dstOff}; returns the bytes written. */
    public static int encode(byte[] src, int off, int len, byte[] dst, int dstOff) {
        int o = dstOff;
        int end = off + len;
        int i = off;
        while (i < end) {
            if (src[i] != 0) {
                dst[o++] = src[i++];
                continue;
            }
            int run = 0;
            while (i < end && src[i] == 0 && run < 255) {
                run++;
                i++;
            }
            dst[o++] = 0;
            dst[o++] = (byte) run;
        }
        return o - dstOff;
    }

    /** The worst-case size of encoding {@code len} bytes (a lone zero grows to two bytes). */
    public static int maxEncodedLength(int len) {
        return len * 2;
    }

    /** The size {@code src[off, off+len)} would have once encoded. */
    public static int encodedLength(byte[] src, int off, int len) {
        int n = 0;
        int end = off + len;
        int i = off;
        while (i < end) {
            if (src[i] != 0) {
                n++;
                i++;
                continue;
            }
            int run = 0;
            while (i < end && src[i] == 0 && run < 255) {
                run++;
                i++;
            }
            n += 2;
        }
        return n;
    }

    /**
     * Decodes {@code src[off, off+len)}. {@code 00 00} expands to nothing, as in OpenSim's decoder. The output is
     * limited to {@link #MAX_DECODED} bytes.
     *
     * @param baseOffset the datagram offset of {@code src[off]}, for error messages
     */
    public static byte[] decode(byte[] src, int off, int len, int baseOffset) {
        // Measure first, so a hostile run count is refused before anything is allocated and the output is allocated
        // exactly once.
        int size = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            if (src[i] != 0) {
                size++;
            } else if (i + 1 >= end) {
                throw new DecodeException("?", "header", "zero-coding", baseOffset + (i - off),
                        "zero-coded run at the end of the body lacks its count byte");
            } else {
                size += src[++i] & 0xFF;
            }
            if (size > MAX_DECODED) {
                throw new DecodeException("?", "header", "zero-coding", baseOffset + (i - off),
                        "zero-decoded payload exceeds " + MAX_DECODED + " bytes");
            }
        }
        byte[] out = new byte[size];
        int o = 0;
        for (int i = off; i < end; i++) {
            if (src[i] != 0) {
                out[o++] = src[i];
            } else {
                o += src[++i] & 0xFF; // the array is zero-filled already
            }
        }
        return out;
    }
}
