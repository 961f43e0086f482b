package rituals.protocol.message;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The table of message numbers. Numbers are written out explicitly, never derived from positions, and a duplicate
 * number, name or class fails when the catalog is built.
 */
public final class MessageCatalog {
    private final MessageInfo[] high = new MessageInfo[256];
    private final MessageInfo[] medium = new MessageInfo[256];
    private final MessageInfo[] low = new MessageInfo[65536];
    private final MessageInfo[] fixed = new MessageInfo[256];
    private final Map<Class<? extends Message>, MessageInfo> byType;

    private MessageCatalog(Map<Class<? extends Message>, MessageInfo> entries) {
        Set<String> names = new HashSet<>();
        for (MessageInfo info : entries.values()) {
            MessageInfo[] table = table(info.frequency());
            int slot = slot(info.frequency(), info.number());
            if (table[slot] != null) {
                throw new IllegalStateException("message number clash: " + info + " and " + table[slot]);
            }
            if (!names.add(info.name())) {
                throw new IllegalStateException("message name declared twice: " + info.name());
            }
            table[slot] = info;
        }
        this.byType = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static Builder builder() {
        return new Builder();
    }

    private MessageInfo[] table(Frequency f) {
        return switch (f) {
            case HIGH -> high;
            case MEDIUM -> medium;
            case LOW -> low;
            case FIXED -> fixed;
        };
    }

    private static int slot(Frequency f, int number) {
        return f == Frequency.FIXED ? number & 0xFF : number;
    }

    /** The message declared at this number, or null when we do not declare it. */
    public MessageInfo lookup(Frequency frequency, int number) {
        if (frequency != Frequency.FIXED && (number < 0 || number >= table(frequency).length)) {
            return null;
        }
        MessageInfo info = table(frequency)[slot(frequency, number)];
        return info != null && info.number() == number ? info : null;
    }

    public MessageInfo info(Class<? extends Message> type) {
        MessageInfo info = byType.get(type);
        if (info == null) {
            throw new IllegalArgumentException(type.getName() + " is not in the message catalog");
        }
        return info;
    }

    public Collection<MessageInfo> all() {
        return byType.values();
    }

    /** Collects entries; {@link #build()} checks them. */
    public static final class Builder {
        private final Map<Class<? extends Message>, MessageInfo> entries = new LinkedHashMap<>();

        public Builder high(int number, Class<? extends Message> type, Trust trust, Coding coding) {
            return add(Frequency.HIGH, number, type, trust, coding);
        }

        public Builder medium(int number, Class<? extends Message> type, Trust trust, Coding coding) {
            return add(Frequency.MEDIUM, number, type, trust, coding);
        }

        public Builder low(int number, Class<? extends Message> type, Trust trust, Coding coding) {
            return add(Frequency.LOW, number, type, trust, coding);
        }

        public Builder fixed(int number, Class<? extends Message> type, Trust trust, Coding coding) {
            return add(Frequency.FIXED, number, type, trust, coding);
        }

        private Builder add(Frequency f, int number, Class<? extends Message> type, Trust trust, Coding coding) {
            MessageInfo info = new MessageInfo(type.getSimpleName(), f, number, trust == Trust.TRUSTED,
                    coding == Coding.ZEROCODED, type);
            if (entries.put(type, info) != null) {
                throw new IllegalStateException("message class declared twice: " + type.getName());
            }
            return this;
        }

        public MessageCatalog build() {
            return new MessageCatalog(entries);
        }
    }
}
