package rituals.protocol.codec;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;
import rituals.protocol.types.Vector3d;
import rituals.protocol.types.Vector4;

/** Codecs for the template's scalar field types, chosen from a component's Java type and wire annotation. */
final class ScalarCodecs {
    private ScalarCodecs() {}

    /** The codec for a scalar component, or null when the component is a block (record or list). */
    static FieldCodec forComponent(RecordComponent c) {
        Class<?> t = c.getType();
        Annotation wire = wireAnnotation(c);
        if (wire != null) {
            return annotated(c, t, wire);
        }
        if (t == UUID.class) {
            return UUID_CODEC;
        } else if (t == boolean.class) {
            return BOOL;
        } else if (t == float.class) {
            return F32;
        } else if (t == double.class) {
            return F64;
        } else if (t == Vector3.class) {
            return VECTOR3;
        } else if (t == Vector3d.class) {
            return VECTOR3D;
        } else if (t == Vector4.class) {
            return VECTOR4;
        } else if (t == Quaternion.class) {
            return QUATERNION;
        }
        return null;
    }

    private static Annotation wireAnnotation(RecordComponent c) {
        Annotation found = null;
        for (Annotation a : c.getAnnotations()) {
            if (a.annotationType().getEnclosingClass() == Wire.class
                    && a.annotationType() != Wire.Variable.class
                    && a.annotationType() != Wire.Multiple.class) {
                if (found != null) {
                    throw new IllegalStateException(where(c) + " carries two wire annotations");
                }
                found = a;
            }
        }
        return found;
    }

    static String where(RecordComponent c) {
        return c.getDeclaringRecord().getName() + "." + c.getName();
    }

    private static FieldCodec annotated(RecordComponent c, Class<?> t, Annotation a) {
        Class<? extends Annotation> k = a.annotationType();
        if (k == Wire.U8.class || k == Wire.S8.class || k == Wire.U16.class || k == Wire.S16.class
                || k == Wire.S32.class || k == Wire.IpPort.class) {
            require(c, t, int.class);
            if (k == Wire.U8.class) {
                return U8;
            } else if (k == Wire.S8.class) {
                return S8;
            } else if (k == Wire.U16.class) {
                return U16;
            } else if (k == Wire.S16.class) {
                return S16;
            } else if (k == Wire.S32.class) {
                return S32;
            }
            return IPPORT;
        }
        if (k == Wire.U32.class || k == Wire.U64.class || k == Wire.S64.class) {
            require(c, t, long.class);
            return k == Wire.U32.class ? U32 : S64;
        }
        if (k == Wire.IpAddr.class) {
            require(c, t, Inet4Address.class);
            return IPADDR;
        }
        if (k == Wire.Var1.class || k == Wire.Var2.class) {
            int lengthBytes = k == Wire.Var1.class ? 1 : 2;
            if (t == String.class) {
                return new VarText(lengthBytes);
            }
            require(c, t, Bytes.class);
            return new VarBytes(lengthBytes);
        }
        if (k == Wire.Fixed.class) {
            require(c, t, Bytes.class);
            return new FixedBytes(((Wire.Fixed) a).value());
        }
        throw new IllegalStateException(where(c) + ": unsupported wire annotation " + k.getSimpleName());
    }

    private static void require(RecordComponent c, Class<?> actual, Class<?> expected) {
        if (actual != expected) {
            throw new IllegalStateException(where(c) + " must be of type " + expected.getSimpleName() + " for its wire "
                    + "annotation, not " + actual.getSimpleName());
        }
    }

    private static FieldCodec codec(Function<ByteReader, Object> reader, BiConsumer<ByteWriter, Object> writer) {
        return new FieldCodec() {
            @Override
            public Object read(ByteReader in) {
                return reader.apply(in);
            }

            @Override
            public void write(ByteWriter out, Object value) {
                writer.accept(out, value);
            }
        };
    }

    private static final FieldCodec U8 = codec(ByteReader::u8, (o, v) -> o.u8((Integer) v));
    private static final FieldCodec S8 = codec(in -> (int) (byte) in.u8(), (o, v) -> o.u8((Integer) v));
    private static final FieldCodec U16 = codec(ByteReader::u16, (o, v) -> o.u16((Integer) v));
    private static final FieldCodec S16 = codec(in -> (int) (short) in.u16(), (o, v) -> o.u16((Integer) v));
    private static final FieldCodec S32 = codec(ByteReader::s32, (o, v) -> o.s32((Integer) v));
    private static final FieldCodec IPPORT = codec(ByteReader::u16be, (o, v) -> o.u16be((Integer) v));
    private static final FieldCodec U32 = codec(ByteReader::u32, (o, v) -> o.s32((int) (long) (Long) v));
    private static final FieldCodec S64 = codec(ByteReader::s64, (o, v) -> o.s64((Long) v));
    private static final FieldCodec F32 = codec(ByteReader::f32, (o, v) -> o.f32((Float) v));
    private static final FieldCodec F64 = codec(ByteReader::f64, (o, v) -> o.f64((Double) v));
    private static final FieldCodec BOOL = codec(in -> in.u8() != 0, (o, v) -> o.u8((Boolean) v ? 1 : 0));
    private static final FieldCodec UUID_CODEC = codec(ByteReader::uuid, (o, v) -> o.uuid((UUID) v));
    private static final FieldCodec VECTOR3 = codec(in -> new Vector3(in.f32(), in.f32(), in.f32()), (o, v) -> {
        Vector3 p = (Vector3) v;
        o.f32(p.x()).f32(p.y()).f32(p.z());
    });
    private static final FieldCodec VECTOR3D = codec(in -> new Vector3d(in.f64(), in.f64(), in.f64()), (o, v) -> {
        Vector3d p = (Vector3d) v;
        o.f64(p.x()).f64(p.y()).f64(p.z());
    });
    private static final FieldCodec VECTOR4 = codec(in -> new Vector4(in.f32(), in.f32(), in.f32(), in.f32()),
            (o, v) -> {
                Vector4 p = (Vector4) v;
                o.f32(p.x()).f32(p.y()).f32(p.z()).f32(p.w());
            });
    private static final FieldCodec QUATERNION = codec(in -> Quaternion.fromWire(in.f32(), in.f32(), in.f32()),
            (o, v) -> {
                float[] xyz = ((Quaternion) v).wireXyz();
                o.f32(xyz[0]).f32(xyz[1]).f32(xyz[2]);
            });
    private static final FieldCodec IPADDR = codec(ScalarCodecs::readIp, (o, v) -> o.raw(((Inet4Address) v).getAddress(), 0, 4));

    private static Object readIp(ByteReader in) {
        try {
            return InetAddress.getByAddress(in.raw(4));
        } catch (UnknownHostException impossible) {
            throw new AssertionError("four bytes are always an IPv4 address", impossible);
        }
    }

    private static int readLength(ByteReader in, int lengthBytes) {
        return lengthBytes == 1 ? in.u8() : in.u16();
    }

    private static void writeLength(ByteWriter out, int lengthBytes, int n) {
        int max = lengthBytes == 1 ? 0xFF : 0xFFFF;
        if (n > max) {
            throw new IllegalArgumentException("Variable " + lengthBytes + " field of " + n + " bytes exceeds " + max);
        }
        if (lengthBytes == 1) {
            out.u8(n);
        } else {
            out.u16(n);
        }
    }

    /** Text: UTF-8 plus a trailing NUL counted in the length; the empty string is length 0 with no NUL. */
    private record VarText(int lengthBytes) implements FieldCodec {
        public Object read(ByteReader in) {
            return in.text(readLength(in, lengthBytes));
        }

        public void write(ByteWriter out, Object v) {
            byte[] utf8 = ((String) v).getBytes(StandardCharsets.UTF_8);
            if (utf8.length == 0) {
                writeLength(out, lengthBytes, 0);
                return;
            }
            writeLength(out, lengthBytes, utf8.length + 1);
            out.raw(utf8, 0, utf8.length).u8(0);
        }
    }

    private record VarBytes(int lengthBytes) implements FieldCodec {
        public Object read(ByteReader in) {
            return in.bytes(readLength(in, lengthBytes));
        }

        public void write(ByteWriter out, Object v) {
            Bytes b = (Bytes) v;
            writeLength(out, lengthBytes, b.length());
            out.bytes(b);
        }
    }

    private record FixedBytes(int n) implements FieldCodec {
        public Object read(ByteReader in) {
            return in.bytes(n);
        }

        public void write(ByteWriter out, Object v) {
            Bytes b = (Bytes) v;
            if (b.length() != n) {
                throw new IllegalArgumentException("Fixed " + n + " field given " + b.length() + " bytes");
            }
            out.bytes(b);
        }
    }
}
