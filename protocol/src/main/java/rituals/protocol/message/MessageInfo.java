package rituals.protocol.message;

/**
 * What the template's header line says about one message: its number and frequency, whether only trusted peers may
 * send it, and whether it is zero-coded by default (a default only: receivers obey each datagram's flag).
 *
 * @param number for FIXED messages the whole 32-bit id (e.g. 0xFFFFFFFB); otherwise the number within its frequency
 */
public record MessageInfo(
        String name, Frequency frequency, int number, boolean trusted, boolean zerocoded, Class<? extends Message> type) {

    public MessageInfo {
        int max = switch (frequency) {
            case HIGH -> 254;
            case MEDIUM -> 254;
            case LOW -> 65535;
            case FIXED -> -1;
        };
        if (frequency == Frequency.FIXED ? (number & 0xFFFFFF00) != 0xFFFFFF00 : number < 1 || number > max) {
            throw new IllegalArgumentException(name + ": number " + Integer.toUnsignedString(number) + " is not valid for "
                    + frequency);
        }
    }

    @Override
    public String toString() {
        String n = frequency == Frequency.FIXED ? "0x" + Integer.toHexString(number).toUpperCase() : Integer.toString(number);
        return name + " " + frequency + " " + n + (trusted ? " Trusted" : " NotTrusted")
                + (zerocoded ? " Zerocoded" : " Unencoded");
    }
}
