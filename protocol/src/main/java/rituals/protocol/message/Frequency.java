package rituals.protocol.message;

/** How a message number is written after the header: 1, 2 or 4 bytes. */
public enum Frequency {
    /** One byte, 1..254. */
    HIGH,
    /** Two bytes: FF then the number. */
    MEDIUM,
    /** Four bytes: FF FF then the number as U16 big-endian. */
    LOW,
    /** Four bytes: FF FF FF then the low byte (PacketAck, OpenCircuit, CloseCircuit). */
    FIXED;

    /** The number of bytes this frequency's message number occupies on the wire. */
    public int idLength() {
        return switch (this) {
            case HIGH -> 1;
            case MEDIUM -> 2;
            case LOW, FIXED -> 4;
        };
    }
}
