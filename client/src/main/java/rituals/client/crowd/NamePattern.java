package rituals.client.crowd;

import java.util.regex.Pattern;

/**
 * How a crowd's agents are named: a first and a last name in which {@code {n}} stands for the agent's number,
 * counted from {@code from}. {@code Bot{n} Crowd} from 1 names the accounts {@code user create --count} makes;
 * {@code Test User_{n}} from 0 names pCampBot's bots ({@code Firstname Lastname_<n>}), so accounts made for pCampBot
 * serve a crowd unchanged.
 */
public record NamePattern(String first, String last, int from) {
    public static final String NUMBER = "{n}";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public NamePattern {
        if (first.isBlank() || last.isBlank() || WHITESPACE.matcher(first + last).find()) {
            throw new IllegalArgumentException("a name pattern is FIRST LAST, one word each, not '" + first + " "
                    + last + "'");
        }
        if (!first.contains(NUMBER) && !last.contains(NUMBER)) {
            throw new IllegalArgumentException("the name pattern '" + first + " " + last + "' has no " + NUMBER
                    + ": every agent would have the same name");
        }
        if (from < 0) {
            throw new IllegalArgumentException("agents are numbered from 0 or more, not " + from);
        }
    }

    /** {@code PREFIX{n} LAST} from 1: the names {@code user create --count N --prefix PREFIX --last LAST} makes. */
    public static NamePattern prefixed(String prefix, String last) {
        return new NamePattern(prefix + NUMBER, last, 1);
    }

    /** Reads {@code "Bot_{n} Crowd"}: two words, {@code {n}} in at least one. */
    public static NamePattern parse(String pattern, int from) {
        String[] words = WHITESPACE.split(pattern.strip());
        if (words.length != 2) {
            throw new IllegalArgumentException("a name pattern is two words, FIRST LAST (e.g. 'Bot_{n} Crowd' or "
                    + "'Test User_{n}'), not '" + pattern + "'");
        }
        return new NamePattern(words[0], words[1], from);
    }

    /** The first name of agent {@code index} (0-based). */
    public String firstOf(int index) {
        return first.replace(NUMBER, Integer.toString(from + index));
    }

    /** The last name of agent {@code index} (0-based). */
    public String lastOf(int index) {
        return last.replace(NUMBER, Integer.toString(from + index));
    }

    @Override
    public String toString() {
        return first + " " + last;
    }
}
