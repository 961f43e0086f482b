package rituals.trace.narrative;

/**
 * One fact shown after a line, e.g. {@code CircuitCode: 1966132762}.
 *
 * @param name  the fact's name, or empty when the edition shows the bare value
 * @param value its value, as recorded
 */
public record Fact(String name, String value) {
    /** "Name: value", or the bare value. */
    public String plain() {
        return name.isEmpty() ? value : name + ": " + value;
    }
}
