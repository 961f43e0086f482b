package rituals.protocol.message;

import rituals.protocol.types.Bytes;

/** A message whose number we do not declare: kept raw, so it can be counted, logged, acked and even forwarded. */
public record UnknownMessage(Frequency frequency, int number, Bytes body) implements Message {
    public String describe() {
        return frequency == Frequency.FIXED
                ? "Unknown(Fixed 0x" + Integer.toHexString(number).toUpperCase() + ")"
                : "Unknown(" + frequency + " " + number + ")";
    }
}
