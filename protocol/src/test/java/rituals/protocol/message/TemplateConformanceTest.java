package rituals.protocol.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.Inet4Address;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rituals.protocol.codec.Wire;
import rituals.protocol.types.Bytes;
import rituals.protocol.types.Quaternion;
import rituals.protocol.types.Vector3;
import rituals.protocol.types.Vector3d;
import rituals.protocol.types.Vector4;

/**
 * Checks every catalog entry against the official message template: header (number, frequency, trust, encoding) and
 * layout (block names and kinds, field names in order, field types with their sizes), read from the records by
 * reflection. The template is not part of the repository, so the test is skipped when it is absent.
 */
class TemplateConformanceTest {
    private static Map<String, MessageTemplate.Msg> template;

    @BeforeAll
    static void readTemplate() throws Exception {
        Optional<Path> file = MessageTemplate.locate();
        assumeTrue(file.isPresent(), "message_template.msg not found at <repo>/../shared/protocol/: conformance skipped");
        template = MessageTemplate.parse(file.get());
    }

    @Test
    void templateWasReadWhole() {
        // A parser that silently stopped early would make every other check vacuous.
        assertThat(template).hasSizeGreaterThan(400).containsKeys("UseCircuitCode", "PacketAck", "AgentUpdate");
    }

    @Test
    void everyCatalogEntryMatchesTheTemplate() {
        List<String> mismatches = new ArrayList<>();
        for (MessageInfo info : Messages.CATALOG.all()) {
            MessageTemplate.Msg spec = template.get(info.name());
            if (spec == null) {
                mismatches.add(info.name() + ": not in the template");
                continue;
            }
            String expected = describe(spec);
            String actual = describe(info);
            if (!expected.equals(actual)) {
                mismatches.add("--- template\n" + expected + "--- ours\n" + actual);
            }
        }
        assertThat(mismatches).as("catalog entries that differ from the template").isEmpty();
    }

    @Test
    void lowerCamelFollowsTheNamingRule() {
        assertThat(List.of("SessionID", "ID", "CPUClassID", "PSBlock", "UUIDNameBlock", "PCode", "TerrainBase0", "X"))
                .map(TemplateConformanceTest::lowerCamel)
                .containsExactly("sessionID", "id", "cpuClassID", "psBlock", "uuidNameBlock", "pCode", "terrainBase0", "x");
    }

    private static String describe(MessageTemplate.Msg m) {
        StringBuilder sb = new StringBuilder();
        String number = m.frequency().equals("Fixed") ? "0x" + Long.toHexString(m.number()).toUpperCase()
                : Long.toString(m.number());
        sb.append(m.name()).append(' ').append(m.frequency()).append(' ').append(number).append(' ')
                .append(m.trust()).append(' ').append(m.encoding()).append('\n');
        for (MessageTemplate.Block b : m.blocks()) {
            sb.append("  ").append(lowerCamel(b.name())).append(' ').append(b.kind()).append('\n');
            for (MessageTemplate.Field f : b.fields()) {
                sb.append("    ").append(lowerCamel(f.name())).append(' ').append(f.type()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String describe(MessageInfo info) {
        StringBuilder sb = new StringBuilder();
        String freq = switch (info.frequency()) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
            case FIXED -> "Fixed";
        };
        String number = info.frequency() == Frequency.FIXED
                ? "0x" + Integer.toHexString(info.number()).toUpperCase()
                : Integer.toString(info.number());
        sb.append(info.name()).append(' ').append(freq).append(' ').append(number).append(' ')
                .append(info.trusted() ? "Trusted" : "NotTrusted").append(' ')
                .append(info.zerocoded() ? "Zerocoded" : "Unencoded").append('\n');
        for (RecordComponent block : info.type().getRecordComponents()) {
            Class<?> blockType = block.getType();
            String kind = "Single";
            if (block.isAnnotationPresent(Wire.Variable.class) || block.isAnnotationPresent(Wire.Multiple.class)) {
                blockType = (Class<?>) ((ParameterizedType) block.getGenericType()).getActualTypeArguments()[0];
                kind = block.isAnnotationPresent(Wire.Variable.class) ? "Variable"
                        : "Multiple " + block.getAnnotation(Wire.Multiple.class).value();
            }
            sb.append("  ").append(block.getName()).append(' ').append(kind).append('\n');
            if (!blockType.isRecord()) {
                sb.append("    (not a record: ").append(blockType.getName()).append(")\n");
                continue;
            }
            for (RecordComponent field : blockType.getRecordComponents()) {
                sb.append("    ").append(field.getName()).append(' ').append(wireType(field)).append('\n');
            }
        }
        return sb.toString();
    }

    /** The template spelling of a field's wire type, or a description of why the component has none. */
    private static String wireType(RecordComponent c) {
        Class<?> t = c.getType();
        List<String> annotations = java.util.Arrays.stream(c.getAnnotations())
                .map(a -> a.annotationType().getSimpleName())
                .collect(Collectors.toList());
        if (annotations.size() > 1) {
            return "conflicting " + annotations;
        }
        String a = annotations.isEmpty() ? "" : annotations.get(0);
        if (t == int.class && List.of("U8", "U16", "S8", "S16", "S32").contains(a)) {
            return a;
        }
        if (t == int.class && a.equals("IpPort")) {
            return "IPPORT";
        }
        if (t == long.class && List.of("U32", "U64", "S64").contains(a)) {
            return a;
        }
        if ((t == String.class || t == Bytes.class) && (a.equals("Var1") || a.equals("Var2"))) {
            return "Variable " + a.charAt(3);
        }
        if (t == Bytes.class && a.equals("Fixed")) {
            return "Fixed " + c.getAnnotation(Wire.Fixed.class).value();
        }
        if (t == Inet4Address.class && a.equals("IpAddr")) {
            return "IPADDR";
        }
        if (a.isEmpty()) {
            Map<Class<?>, String> byType = Map.of(float.class, "F32", double.class, "F64", UUID.class, "LLUUID",
                    boolean.class, "BOOL", Vector3.class, "LLVector3", Vector3d.class, "LLVector3d",
                    Vector4.class, "LLVector4", Quaternion.class, "LLQuaternion");
            if (byType.containsKey(t)) {
                return byType.get(t);
            }
        }
        return "unmapped " + t.getSimpleName() + (a.isEmpty() ? "" : " @" + a);
    }

    /** Template names to record member names: SessionID → sessionID, ID → id, CPUClassID → cpuClassID. */
    static String lowerCamel(String name) {
        if (name.chars().noneMatch(Character::isLowerCase)) {
            return name.toLowerCase();
        }
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        int lower = upper > 1 ? upper - 1 : 1;
        return name.substring(0, lower).toLowerCase() + name.substring(lower);
    }
}
