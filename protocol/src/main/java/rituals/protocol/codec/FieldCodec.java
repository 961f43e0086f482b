package rituals.protocol.codec;

/** Reads and writes one record component (a field, or a whole block) in its wire form. */
interface FieldCodec {
    Object read(ByteReader in);

    void write(ByteWriter out, Object value);
}
