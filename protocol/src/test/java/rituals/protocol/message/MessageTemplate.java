package rituals.protocol.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small reader for the message template's text format, for conformance tests only (the template itself is never
 * shipped). It keeps what a header line and the block/field lines say, each field type as written ("U32",
 * "Variable 2", "Fixed 4").
 */
final class MessageTemplate {
    /** One message: header line plus blocks in order. */
    record Msg(String name, String frequency, long number, String trust, String encoding, List<Block> blocks) {}

    /** @param kind "Single", "Variable" or "Multiple N" */
    record Block(String name, String kind, List<Field> fields) {}

    record Field(String name, String type) {}

    private final List<String> tokens;
    private int pos;

    private MessageTemplate(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The template at {@code <repo>/../shared/protocol/message_template.msg}, searched upwards from the cwd. */
    static Optional<Path> locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null && p.getParent() != null; p = p.getParent()) {
            Path candidate = p.getParent().resolve("shared/protocol/message_template.msg");
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Map<String, Msg> parse(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    static Map<String, Msg> parse(String text) {
        MessageTemplate t = new MessageTemplate(tokenize(text));
        Map<String, Msg> messages = new LinkedHashMap<>();
        while (t.pos < t.tokens.size()) {
            if (t.tokens.get(t.pos).equals("{")) {
                Msg m = t.message();
                messages.put(m.name(), m);
            } else {
                t.pos++; // "version 2.0" and the like, outside any message
            }
        }
        return messages;
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            int comment = line.indexOf("//");
            String code = comment >= 0 ? line.substring(0, comment) : line;
            for (String word : code.replace("{", " { ").replace("}", " } ").trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    private Msg message() {
        expect("{");
        List<String> header = words();
        if (header.size() < 4) {
            throw new IllegalStateException("short message header " + header + " at token " + pos);
        }
        String freq = header.get(1);
        String num = header.get(2);
        long number = num.startsWith("0x") ? Long.parseLong(num.substring(2), 16) : Long.parseLong(num);
        List<Block> blocks = new ArrayList<>();
        while (peek().equals("{")) {
            blocks.add(block());
        }
        expect("}");
        return new Msg(header.get(0), freq, number, header.get(3), header.size() > 4 ? header.get(4) : "", blocks);
    }

    private Block block() {
        expect("{");
        List<String> header = words();
        List<Field> fields = new ArrayList<>();
        while (peek().equals("{")) {
            expect("{");
            List<String> f = words();
            fields.add(new Field(f.get(0), String.join(" ", f.subList(1, f.size()))));
            expect("}");
        }
        expect("}");
        return new Block(header.get(0), String.join(" ", header.subList(1, header.size())), fields);
    }

    private List<String> words() {
        List<String> out = new ArrayList<>();
        while (!peek().equals("{") && !peek().equals("}")) {
            out.add(tokens.get(pos++));
        }
        return out;
    }

    private String peek() {
        if (pos >= tokens.size()) {
            throw new IllegalStateException("template ends inside a message");
        }
        return tokens.get(pos);
    }

    private void expect(String token) {
        if (!peek().equals(token)) {
            throw new IllegalStateException("expected " + token + " at token " + pos + " but found " + peek());
        }
        pos++;
    }
}
