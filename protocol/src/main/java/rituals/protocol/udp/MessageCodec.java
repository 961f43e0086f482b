package rituals.protocol.udp;

import rituals.protocol.codec.ByteReader;
import rituals.protocol.codec.ByteWriter;
import rituals.protocol.codec.RecordCodec;
import rituals.protocol.message.Frequency;
import rituals.protocol.message.Message;
import rituals.protocol.message.MessageCatalog;
import rituals.protocol.message.MessageInfo;
import rituals.protocol.message.UnknownMessage;

/** Message bodies ⇄ records, through the catalog and the generic {@link RecordCodec}. */
public final class MessageCodec {
    private final MessageCatalog catalog;

    public MessageCodec(MessageCatalog catalog) {
        this.catalog = catalog;
        // Build every codec now: a declaration the codec cannot map fails at start-up, not on the first datagram.
        for (MessageInfo info : catalog.all()) {
            RecordCodec.of(recordType(info));
        }
    }

    public MessageCatalog catalog() {
        return catalog;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> recordType(MessageInfo info) {
        Class<?> t = info.type();
        if (!t.isRecord()) {
            throw new IllegalStateException(info.name() + " must be a record");
        }
        return (Class<? extends Record>) t;
    }

    // The constructor checked every type is a record; skipping the check here keeps it off the hot path.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RecordCodec<?> codecOf(MessageInfo info) {
        return RecordCodec.of((Class) info.type());
    }

    /** Decodes the body that follows the message number. */
    public Message decodeBody(MessageInfo info, byte[] buf, int off, int len) {
        return decodeBody(info, new ByteReader(buf, off, len));
    }

    /** Decodes a body from the reader, leaving it after the last byte the message's blocks took. */
    public Message decodeBody(MessageInfo info, ByteReader in) {
        return (Message) codecOf(info).readMessage(info.name(), in);
    }

    /** Writes the message number and the body. */
    public void encode(Message message, ByteWriter out) {
        if (message instanceof UnknownMessage u) {
            writeNumber(out, u.frequency(), u.number());
            out.bytes(u.body());
            return;
        }
        MessageInfo info = catalog.info(message.getClass());
        writeNumber(out, info.frequency(), info.number());
        writeBody(message, out);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void writeBody(Message message, ByteWriter out) {
        RecordCodec codec = RecordCodec.of(((Record) message).getClass());
        codec.write(out, (Record) message);
    }

    /** The body alone, without the message number. */
    public byte[] encodeBody(Message message) {
        ByteWriter out = new ByteWriter(64);
        if (message instanceof UnknownMessage u) {
            out.bytes(u.body());
        } else {
            catalog.info(message.getClass());
            writeBody(message, out);
        }
        return out.toByteArray();
    }

    static void writeNumber(ByteWriter out, Frequency f, int number) {
        switch (f) {
            case HIGH -> out.u8(number);
            case MEDIUM -> out.u8(0xFF).u8(number);
            case LOW -> out.u8(0xFF).u8(0xFF).u16be(number);
            case FIXED -> out.u32be(number);
        }
    }
}
