package rituals.protocol.xml;

/**
 * Bounds applied to every XML body before and while it is parsed. Login and caps bodies come from the network, so a
 * peer must not be able to make us buffer or recurse without limit.
 *
 * @param maxBytes largest body accepted, checked before the parser sees a byte
 * @param maxDepth deepest element nesting accepted (the root element is depth 1)
 */
public record XmlLimits(int maxBytes, int maxDepth) {
    /** 64 KiB and 64 levels: a real login request is about 2 KiB and 8 levels deep. */
    public static final XmlLimits DEFAULT = new XmlLimits(64 * 1024, 64);

    public XmlLimits {
        if (maxBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("XML limits must be positive: " + maxBytes + " bytes, depth " + maxDepth);
        }
    }

    public XmlLimits withMaxBytes(int bytes) {
        return new XmlLimits(bytes, maxDepth);
    }
}
