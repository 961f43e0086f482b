package rituals.trace;

/** Where probes deliver events: a recorder, a file, or nowhere. */
public interface TraceSink {
    TraceSink NONE = event -> {};

    void accept(TraceEvent event);
}
