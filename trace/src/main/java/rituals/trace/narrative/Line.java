package rituals.trace.narrative;

/**
 * One numbered line of a part, told about one event.
 *
 * @param seq  the event's position in the timeline (the same {@code seq} the JSON Lines rendering carries)
 * @param text the Markdown line, e.g. {@code 1.  **[SERVER] [UDP] RECV UseCircuitCode**: sentence (*details*)}
 */
public record Line(long seq, String text) {}
