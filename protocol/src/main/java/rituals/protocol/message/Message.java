package rituals.protocol.message;

/**
 * A decoded LLUDP message body. Every implementation is a record whose components are its blocks in wire order; its
 * number, frequency, trust and zero-coding live in {@link MessageCatalog}.
 */
public interface Message {}
