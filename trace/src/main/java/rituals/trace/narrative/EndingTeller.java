package rituals.trace.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import rituals.trace.Channel;
import rituals.trace.Side;
import rituals.trace.TraceEvent;
import rituals.trace.Party;
import rituals.trace.Verb;

/**
 * Tells one ritual's closing words (of one agent, when a log holds several): when and why it ended, with its
 * figures (silence, limits, durations) and the scenario's verdicts. The ending is the first of these the timeline holds:
 * the server's silence timeout, an expired circuit, the circuit's close, the client's own disconnect, a refused login;
 * otherwise the recording just stopped. A run stopped by Ctrl-C says so before its ending.
 */
final class EndingTeller {
    private final Edition edition;
    private final List<TraceEvent> events;
    private final long origin;

    EndingTeller(Edition edition, List<TraceEvent> events, long origin) {
        this.edition = edition;
        this.events = events;
        this.origin = origin;
    }

    List<Phrase> sentences() {
        List<Phrase> out = new ArrayList<>();
        Optional<TraceEvent> timeout = first(Side.SERVER, Verb.TIMEOUT);
        Optional<TraceEvent> expire = first(Side.SERVER, Verb.EXPIRE);
        Optional<TraceEvent> close = first(Side.SERVER, Verb.CLOSE);
        Optional<TraceEvent> disconnected = first(Side.CLIENT, Verb.DISCONNECTED);
        Optional<TraceEvent> refused = first(Side.SERVER, Verb.AUTH_FAILURE).or(() -> first(Side.CLIENT, Verb.FAILED));

        // Said first: whatever ending follows (the logout it made, or none), the run did not end on its own.
        first(Side.CLIENT, Verb.INTERRUPTED).ifPresent(e -> say(out, "ending.interrupted", e));
        TraceEvent end;
        if (timeout.isPresent()) {
            end = say(out, "ending.timeout", timeout.get());
        } else if (expire.isPresent()) {
            end = say(out, "ending.expire", expire.get());
        } else if (close.isPresent()) {
            end = say(out, "ending.close." + close.get().fact("Reason"), "ending.close", close.get());
        } else if (disconnected.isPresent()) {
            end = say(out, "ending.disconnected." + disconnected.get().fact("Reason"), "ending.disconnected",
                    disconnected.get());
        } else if (refused.isPresent()) {
            end = say(out, "ending.login-failure", refused.get());
        } else {
            end = events.isEmpty() ? null : events.get(events.size() - 1);
            out.add(fill("ending.unfinished", end, k -> null));
        }
        if (close.isPresent() && (timeout.isPresent() || expire.isPresent())) {
            say(out, "ending.closed", close.get());
        }
        if (disconnected.isPresent() && (timeout.isPresent() || expire.isPresent() || close.isPresent())) {
            say(out, "ending.client-saw", disconnected.get());
        }
        // The ritual is over when the last ending signal is seen (a timeout is followed by the close and the
        // client's own view of it), which is also where the phase table puts its end.
        long endNanos = end == null ? origin : end.nanos();
        for (Optional<TraceEvent> also : List.of(close, disconnected)) {
            endNanos = Math.max(endNanos, also.map(TraceEvent::nanos).orElse(endNanos));
        }
        long finalEnd = endNanos;
        out.add(fill("ending.figures", end, k -> k.equals("total") ? Durations.seconds(finalEnd - origin)
                : k.equals("events") ? Integer.toString(events.size()) : null));
        lastClientDatagram().filter(last -> last.nanos() <= finalEnd).ifPresent(last ->
                out.add(fill("ending.silence", last, k -> k.equals("silence")
                        ? Durations.seconds(finalEnd - last.nanos()) : null)));
        events.stream().filter(e -> e.verb() == Verb.EXPECT).forEach(e ->
                say(out, "ending.expect." + e.subject(), "ending.expect", e));
        return out;
    }

    /** The last datagram the client sent, as either side saw it: what a silence is measured from. */
    private Optional<TraceEvent> lastClientDatagram() {
        TraceEvent last = null;
        for (TraceEvent e : events) {
            boolean fromClient = e.channel() == Channel.UDP && e.from().role() == Party.Role.CLIENT
                    && (e.verb() == Verb.SEND || e.verb() == Verb.RESEND || e.verb() == Verb.RECV);
            if (fromClient) {
                last = e;
            }
        }
        return Optional.ofNullable(last);
    }

    private Optional<TraceEvent> first(Side side, Verb verb) {
        return events.stream().filter(e -> e.is(side, verb)).findFirst();
    }

    private TraceEvent say(List<Phrase> out, String key, TraceEvent e) {
        return say(out, key, key, e);
    }

    /** Adds the phrase for {@code key} (or {@code fallback}) about {@code e}; returns {@code e}. */
    private TraceEvent say(List<Phrase> out, String key, String fallback, TraceEvent e) {
        String phrase = edition.firstPhrase(key, fallback);
        out.add(Template.fill(phrase, name -> value(e, name, k -> null)));
        return e;
    }

    private Phrase fill(String key, TraceEvent e, Function<String, String> extra) {
        return Template.fill(edition.raw(key), name -> value(e, name, extra));
    }

    private String value(TraceEvent e, String name, Function<String, String> extra) {
        String v = extra.apply(name);
        if (v != null) {
            return v;
        }
        if (e == null) {
            return null;
        }
        return name.equals("at") ? Durations.seconds(e.nanos() - origin) : Edition.value(e, name);
    }
}
