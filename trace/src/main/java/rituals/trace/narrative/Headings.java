package rituals.trace.narrative;

import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Verb;

/** How an event is named in every rendering: {@code [SERVER] [UDP] RECV UseCircuitCode}, plain text. */
public final class Headings {
    private Headings() {}

    /** {@code [SERVER] [UDP] RECV UseCircuitCode}. */
    public static String of(Side side, Channel channel, Verb verb, String subject) {
        return "[" + side + "] [" + channel + "] " + label(verb, subject);
    }

    public static String of(TraceEvent e) {
        return of(e.side(), e.channel(), e.verb(), e.subject());
    }

    /** {@code RECV UseCircuitCode}, {@code AUTH SUCCESS}, or a behaviour note's own name ({@code WALLFLOWER}). */
    public static String label(Verb verb, String subject) {
        if (verb == Verb.NOTE) {
            return subject;
        }
        return subject.isEmpty() ? verb.label() : verb.label() + " " + subject;
    }
}
