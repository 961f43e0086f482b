package rituals.protocol.codec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import rituals.protocol.DecodeException;

/**
 * The one generic codec: reads and writes any message record by walking its components once, at construction, and
 * building a field codec for each. A nested record is a Single block, {@code @Variable List} a Variable block (a u8
 * count), {@code @Multiple(n) List} a Multiple block (exactly n, no count). A component the codec cannot map fails
 * here, naming the record and component, so a bad declaration is found when the catalog loads, not on the wire.
 *
 * @param <T> the record type
 */
public final class RecordCodec<T extends Record> {
    private static final ClassValue<RecordCodec<?>> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected RecordCodec<?> computeValue(Class<?> type) {
            return new RecordCodec(type);
        }
    };

    private final Class<T> type;
    private final String[] names;
    private final FieldCodec[] codecs;
    private final MethodHandle[] accessors;
    private final MethodHandle constructor;

    /** The codec of a record type, built once and cached. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> RecordCodec<T> of(Class<T> type) {
        return (RecordCodec<T>) CACHE.get(type);
    }

    private RecordCodec(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " is not a record");
        }
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        int n = components.length;
        names = new String[n];
        codecs = new FieldCodec[n];
        accessors = new MethodHandle[n];
        Class<?>[] parameterTypes = new Class<?>[n];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            for (int i = 0; i < n; i++) {
                RecordComponent c = components[i];
                names[i] = c.getName();
                codecs[i] = codecFor(c);
                parameterTypes[i] = c.getType();
                c.getAccessor().setAccessible(true);
                accessors[i] = lookup.unreflect(c.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
            }
            Constructor<T> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            constructor = lookup.unreflectConstructor(canonical)
                    .asSpreader(Object[].class, n)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a codec for " + type.getName() + ": " + e, e);
        }
    }

    private static FieldCodec codecFor(RecordComponent c) {
        FieldCodec scalar = ScalarCodecs.forComponent(c);
        if (scalar != null) {
            return scalar;
        }
        Class<?> t = c.getType();
        if (t.isRecord()) {
            return new SingleBlock(of(t.asSubclass(Record.class)));
        }
        if (t == List.class) {
            Class<? extends Record> element = listElement(c);
            Wire.Variable variable = c.getAnnotation(Wire.Variable.class);
            Wire.Multiple multiple = c.getAnnotation(Wire.Multiple.class);
            if ((variable == null) == (multiple == null)) {
                throw new IllegalStateException(ScalarCodecs.where(c) + ": a block list needs exactly one of @Variable "
                        + "or @Multiple");
            }
            return new BlockList(of(element), c.getName(), multiple == null ? -1 : multiple.value());
        }
        throw new IllegalStateException(ScalarCodecs.where(c) + ": type " + t.getSimpleName()
                + " has no wire form (integers and byte strings need a Wire annotation)");
    }

    private static Class<? extends Record> listElement(RecordComponent c) {
        Type g = c.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> e && e.isRecord()) {
            return e.asSubclass(Record.class);
        }
        throw new IllegalStateException(ScalarCodecs.where(c) + ": a block list must be a List of a record type");
    }

    public Class<T> type() {
        return type;
    }

    /**
     * Reads one record. Errors leave as {@link DecodeException} naming the component that failed; callers add the
     * message name.
     */
    public T read(ByteReader in) {
        return read(in, "?", false);
    }

    /** Reads the blocks of a message record, naming the message and the block in any error. */
    public T readMessage(String messageName, ByteReader in) {
        return read(in, messageName, true);
    }

    /** @param blocks whether the components are the message's blocks (else a block's fields), for error messages */
    private T read(ByteReader in, String messageName, boolean blocks) {
        Object[] args = new Object[codecs.length];
        for (int i = 0; i < codecs.length; i++) {
            try {
                args[i] = codecs[i].read(in);
            } catch (DecodeException e) {
                throw blocks ? e.within(messageName, names[i], "?") : e.within(messageName, "?", names[i]);
            }
        }
        try {
            return type.cast((Object) constructor.invokeExact(args));
        } catch (RuntimeException | Error e) {
            throw new DecodeException(messageName, "?", "?", in.offset(),
                    "value refused by " + type.getSimpleName() + ": " + e.getMessage(), e);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public void write(ByteWriter out, T value) {
        for (int i = 0; i < codecs.length; i++) {
            Object v;
            try {
                v = (Object) accessors[i].invokeExact((Object) value);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            if (v == null) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + names[i] + " is null");
            }
            codecs[i].write(out, v);
        }
    }

    private record SingleBlock(RecordCodec<? extends Record> codec) implements FieldCodec {
        @Override
        public Object read(ByteReader in) {
            return codec.read(in);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void write(ByteWriter out, Object value) {
            ((RecordCodec) codec).write(out, (Record) value);
        }
    }

    /** A Variable block (u8 count; absent at the very end of the body counts as zero) or a Multiple block. */
    private record BlockList(RecordCodec<? extends Record> codec, String name, int fixedCount) implements FieldCodec {
        @Override
        public Object read(ByteReader in) {
            int count;
            if (fixedCount >= 0) {
                count = fixedCount;
            } else if (in.remaining() == 0) {
                // Senders built from older templates omit trailing Variable blocks altogether; libomv and OpenSim
                // read that as an empty block, and so do we.
                return List.of();
            } else {
                count = in.u8();
            }
            Object[] items = new Object[count];
            for (int i = 0; i < count; i++) {
                try {
                    items[i] = codec.read(in);
                } catch (DecodeException e) {
                    throw e.within("?", name + "[" + i + "]", "?");
                }
            }
            return List.of(items);
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void write(ByteWriter out, Object value) {
            List<?> items = (List<?>) value;
            if (fixedCount >= 0 && items.size() != fixedCount) {
                throw new IllegalArgumentException(name + " is a Multiple " + fixedCount + " block, given " + items.size());
            }
            if (fixedCount < 0) {
                if (items.size() > 255) {
                    throw new IllegalArgumentException(name + " is a Variable block of at most 255, given " + items.size());
                }
                out.u8(items.size());
            }
            for (Object item : items) {
                ((RecordCodec) codec).write(out, (Record) item);
            }
        }
    }
}
