package rituals.trace.narrative;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Pattern;
import rituals.trace.TraceEvent;

/**
 * A phrasebook: the words a narrative is told in, loaded from the resource {@code rituals/editions/<name>.properties}
 * (UTF-8), so a new edition needs no Java.
 *
 * <p>Event sentences are found by the event's key with spaces turned into underscores
 * ({@code SERVER.LOGIN.AUTH_SUCCESS}, {@code SERVER.UDP.RECV.UseCircuitCode}); an absent key falls back to the
 * shorter key ({@code SERVER.UDP.RECV}, then {@code SERVER.UDP}) and finally to {@code generic}. Phrases may hold
 * placeholders: {@code {FactName}} for a fact, {@code {subject}}, {@code {event}}, {@code {size}} for the event; text
 * between backticks is code. "a {@code {subject}}" agrees with the value ("an {@code AvatarAppearance}"), and
 * {@code {count:step|steps}} writes a count with its noun (see {@link Template}).
 *
 * <p>{@code details.<key>} (same fallback, then {@code details}) lists the facts shown in brackets after a line:
 * {@code Name} shows "Name: value", {@code ~Name} the bare value, {@code Size} the wire size, {@code *} every fact but
 * those in {@code details.hidden}; an empty list shows none. {@code extends=<edition>} inherits every phrase the
 * edition does not define itself.
 */
public final class Edition {
    /** Phrases every edition (itself or through what it extends) must define. */
    public static final List<String> REQUIRED = List.of(
            "title", "introduction", "prologue.title", "prologue.unnamed", "prologue.foreign", "prologue.shortened",
            "prologue.both", "prologue.none", "unseen.SERVER", "unseen.CLIENT",
            "part.I", "part.II", "part.III", "part.IV", "part.V", "part.empty", "generic", "details",
            "summary.heading", "summary",
            "ending.heading", "ending.timeout", "ending.expire", "ending.close", "ending.disconnected",
            "ending.login-failure", "ending.unfinished", "ending.closed", "ending.client-saw", "ending.figures",
            "ending.silence", "ending.expect", "ending.interrupted", "phases.heading", "footer");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String ROOT = "rituals/editions/";

    private final String name;
    private final Properties own;
    private final Edition parent;

    private Edition(String name, Properties own, Edition parent) {
        this.name = name;
        this.own = own;
        this.parent = parent;
    }

    /** Loads the edition of that name (and what it extends), checking that it defines every required phrase. */
    public static Edition load(String name) {
        Edition edition = loadChain(name, new ArrayList<>());
        List<String> missing = REQUIRED.stream().filter(k -> edition.find(k).isEmpty()).toList();
        if (!missing.isEmpty()) {
            throw new EditionException("edition '" + name + "' lacks required phrases " + missing);
        }
        return edition;
    }

    /**
     * The edition for a {@code --edition} choice: {@code naturalist} is the plain edition, {@code themed} the
     * scenario's own edition (the plain one when the scenario has none yet), any other word an edition's name.
     */
    public static Edition choose(String choice, String scenario) {
        if ("themed".equals(choice)) {
            String themed = themeOf(scenario);
            return exists(themed) ? load(themed) : load("naturalist");
        }
        return load(choice);
    }

    /**
     * The name of a scenario's themed edition: as mapped in {@code rituals/editions/themes.properties} (needed where
     * the scenario's name is taken, as "naturalist" is by the plain edition), else the scenario's own name.
     */
    public static String themeOf(String scenario) {
        Properties themes = read("themes");
        return scenario == null ? "naturalist" : themes == null ? scenario : themes.getProperty(scenario, scenario);
    }

    /** Whether a resource for that edition name exists. */
    public static boolean exists(String name) {
        return name != null && NAME.matcher(name).matches()
                && Edition.class.getClassLoader().getResource(ROOT + name + ".properties") != null;
    }

    /** The UTF-8 properties resource {@code rituals/editions/<name>.properties}, or null when there is none. */
    private static Properties read(String name) {
        try (InputStream in = Edition.class.getClassLoader().getResourceAsStream(ROOT + name + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException | IllegalArgumentException e) {
            throw new EditionException(ROOT + name + ".properties cannot be read: " + e.getMessage(), e);
        }
    }

    private static Edition loadChain(String name, List<String> seen) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new EditionException("'" + name + "' is not an edition name (lower-case letters, digits, '-')");
        }
        if (seen.contains(name)) {
            throw new EditionException("editions extend each other in a circle: " + seen + " -> " + name);
        }
        seen.add(name);
        Properties properties = read(name);
        if (properties == null) {
            throw new EditionException("no edition named '" + name + "' (looked for " + ROOT + name
                    + ".properties); try naturalist or themed");
        }
        String base = properties.getProperty("extends");
        return new Edition(name, properties, base == null ? null : loadChain(base.trim(), seen));
    }

    public String name() {
        return name;
    }

    /** The phrase for a key, from this edition or what it extends. */
    public Optional<String> find(String key) {
        return lookup(List.of(key)).map(Found::phrase);
    }

    private record Found(String phrase, String edition) {}

    /**
     * The first of {@code keys} found, asking each edition of the chain in turn, this one first: a themed edition's
     * general phrase beats the specific phrase of the edition it extends, so a theme is never broken by plain words.
     */
    private Optional<Found> lookup(List<String> keys) {
        for (Edition e = this; e != null; e = e.parent) {
            for (String key : keys) {
                String value = e.own.getProperty(key);
                if (value != null) {
                    return Optional.of(new Found(value, e.name));
                }
            }
        }
        return Optional.empty();
    }

    /** The first of {@code keys} this edition (or what it extends) defines, with placeholders still in it. */
    String firstPhrase(String... keys) {
        return lookup(List.of(keys)).map(Found::phrase).orElseThrow(() -> new EditionException(
                "edition '" + name + "' has none of the phrases " + List.of(keys)));
    }

    /** A required structural phrase (title, part titles, …), placeholders filled from {@code values}. */
    public Phrase words(String key, Function<String, String> values) {
        return Template.fill(raw(key), values);
    }

    /** A required phrase with its placeholders still in it. */
    String raw(String key) {
        return find(key).orElseThrow(() -> new EditionException("edition '" + name + "' has no phrase '" + key + "'"));
    }

    /** {@link #words(String, Function)} for phrases without placeholders. */
    public Phrase words(String key) {
        return words(key, k -> null);
    }

    /** The first phrase along the fallback chain {@code prefix + key}, shorter keys, then {@code last}. */
    String phrase(String prefix, String eventKey, String last) {
        return lookup(chain(eventKey).stream().map(k -> prefix + k).toList()).map(Found::phrase)
                .orElseGet(() -> raw(last));
    }

    /** The sentence for one event, with its facts filled in. */
    public Phrase sentence(TraceEvent event) {
        return Template.fill(phrase("", event.key(), "generic"), placeholder -> value(event, placeholder));
    }

    /**
     * Which edition supplies the sentence for an event key (this one or one it extends, by the key or a shorter key);
     * empty when only the {@code generic} sentence fits. Coverage tests use it to ask whether a theme speaks an event.
     */
    public Optional<String> sourceOf(String eventKey) {
        return lookup(chain(eventKey)).map(Found::edition);
    }

    /** The facts shown in brackets after a line, e.g. {@code CircuitCode: 1966132762, Size: 923}; empty for none. */
    public List<Fact> details(TraceEvent event) {
        String spec = phrase("details.", event.key(), "details");
        List<String> hidden = names(find("details.hidden").orElse(""));
        List<Fact> shown = new ArrayList<>();
        for (String item : names(spec)) {
            if (item.equals("*")) {
                event.facts().forEach((k, v) -> {
                    if (!hidden.contains(k)) {
                        shown.add(new Fact(k, v));
                    }
                });
            } else {
                boolean bare = item.startsWith("~");
                String name = bare ? item.substring(1) : item;
                String v = value(event, name);
                if (v != null) {
                    shown.add(new Fact(bare ? "" : name, v));
                }
            }
        }
        return shown;
    }

    static String value(TraceEvent event, String name) {
        switch (name) {
            case "subject":
                return event.subject();
            case "event":
                return event.verb().label();
            case "size":
            case "Size":
                return event.size() < 0 ? null : Integer.toString(event.size());
            default:
                return event.fact(name);
        }
    }

    /** The key and its shorter forms, down to SIDE.CHANNEL, with spaces as underscores. */
    static List<String> chain(String eventKey) {
        String key = eventKey.replace(' ', '_');
        List<String> chain = new ArrayList<>();
        chain.add(key);
        int dot;
        while ((dot = key.lastIndexOf('.')) > 0 && key.indexOf('.') != dot) {
            key = key.substring(0, dot);
            chain.add(key);
        }
        return chain;
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "Edition[" + name + "]";
    }
}
