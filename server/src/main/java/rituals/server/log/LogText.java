package rituals.server.log;

import java.io.IOException;
import java.nio.file.FileSystemException;

/**
 * What a client sent, made safe to put in a log line: control characters are escaped, so that a newline in a
 * login name cannot forge a line of its own, and long values are cut, so that a 60,000-character name costs a
 * line, not a page. Every client-supplied value that is logged goes through {@link #of}.
 */
public final class LogText {
    /** Characters of a value kept; the rest is replaced by a count. */
    public static final int MAX_CHARS = 120;

    private LogText() {}

    /** {@code value} with control characters escaped ({@code \n}, {@code \u001b}, …) and cut at {@link #MAX_CHARS}. */
    public static String of(Object value) {
        String s = String.valueOf(value);
        int keep = Math.min(s.length(), MAX_CHARS);
        StringBuilder out = new StringBuilder(keep + 24);
        for (int i = 0; i < keep; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    // C0, DEL, C1, and the line/paragraph separators and bidi controls that can reorder a line.
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (s.length() > keep) {
            out.append(String.format("…(%,d more chars)", s.length() - keep));
        }
        return out.toString();
    }

    /** Why a file operation failed, in words: the JDK's file exceptions often carry only the path. */
    public static String why(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            return switch (fs.getClass().getSimpleName()) {
                case "NoSuchFileException" -> "no such file or folder";
                case "AccessDeniedException" -> "permission denied";
                case "NotDirectoryException" -> "not a folder";
                case "FileAlreadyExistsException" -> "a file of that name is in the way";
                default -> fs.getClass().getSimpleName();
            };
        }
        return String.valueOf(e.getMessage());
    }
}
