package rituals.protocol.llsd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Recursive-descent parser behind {@link LlsdNotation#parse}; one instance per input string. */
final class LlsdNotationParser {
    /** Deep enough for any real document, shallow enough that hostile input cannot overflow the stack. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    LlsdNotationParser(String text) {
        this.text = text;
    }

    Object document() {
        Object value = value();
        skipSpace();
        if (pos < text.length()) {
            throw LlsdNotation.error(pos, "unexpected '" + text.charAt(pos) + "' after the value");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw LlsdNotation.error(pos, "unexpected end of input: a value was expected");
        }
        int start = pos;
        char c = text.charAt(pos++);
        switch (c) {
            case '{':
                return nested(true);
            case '[':
                return nested(false);
            case '!':
                return Llsd.UNDEF;
            case '\'':
            case '"':
                return quoted(c);
            case 'i':
                return scalar(start, "integer", LlsdScalars::parseInt);
            case 'r':
                return scalar(start, "real", LlsdScalars::parseReal);
            case 'u':
                return scalar(start, "uuid", LlsdScalars::parseUuid);
            case '1':
                return Boolean.TRUE;
            case '0':
                return Boolean.FALSE;
            case 't':
            case 'T':
            case 'f':
            case 'F':
                return bool(start);
            default:
                throw LlsdNotation.error(start, "unsupported LLSD notation element '" + c + "'");
        }
    }

    private Object nested(boolean isMap) {
        if (++depth > MAX_DEPTH) {
            throw LlsdNotation.error(pos - 1, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        char close = isMap ? '}' : ']';
        Map<String, Object> map = new LinkedHashMap<>();
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == close) {
            pos++;
        } else {
            do {
                if (isMap) {
                    String key = key();
                    expect(':');
                    map.put(key, value());
                } else {
                    list.add(value());
                }
                skipSpace();
            } while (consume(','));
            expect(close);
        }
        depth--;
        return isMap ? map : list;
    }

    private String key() {
        skipSpace();
        char quote = peek();
        if (quote != '\'' && quote != '"') {
            throw LlsdNotation.error(pos, "a map key must be a quoted string");
        }
        pos++;
        return quoted(quote);
    }

    private String quoted(char quote) {
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\') {
                out.append(escape());
            } else {
                out.append(c);
            }
        }
        throw LlsdNotation.error(pos, "unterminated string");
    }

    private char escape() {
        if (pos >= text.length()) {
            throw LlsdNotation.error(pos, "unterminated string");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'x':
                if (pos + 2 <= text.length()) {
                    try {
                        char decoded = (char) Integer.parseInt(text.substring(pos, pos + 2), 16);
                        pos += 2;
                        return decoded;
                    } catch (NumberFormatException e) {
                        // fall through to the error below
                    }
                }
                throw LlsdNotation.error(pos, "bad \\x escape");
            default:
                return c; // \' \" \\ and any other character stand for themselves
        }
    }

    private Boolean bool(int start) {
        String word = token();
        String all = text.charAt(start) + word;
        switch (all) {
            case "t":
            case "T":
            case "true":
            case "TRUE":
                return Boolean.TRUE;
            case "f":
            case "F":
            case "false":
            case "FALSE":
                return Boolean.FALSE;
            default:
                throw LlsdNotation.error(start, "not a boolean: '" + all + "'");
        }
    }

    private <T> T scalar(int start, String type, Function<String, T> parser) {
        String token = token();
        try {
            return parser.apply(token);
        } catch (IllegalArgumentException e) {
            throw LlsdNotation.error(start, "bad " + type + ": " + e.getMessage());
        }
    }

    /** The run of letters, digits, '+', '-' and '.' at the cursor: enough for numbers, UUIDs and words. */
    private String token() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        skipSpace();
        if (!consume(c)) {
            throw LlsdNotation.error(pos, pos < text.length()
                    ? "expected '" + c + "' but found '" + text.charAt(pos) + "'"
                    : "unexpected end of input: expected '" + c + "'");
        }
    }

    private boolean consume(char c) {
        skipSpace();
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
