package rituals.trace;

/**
 * What happened, as a closed vocabulary: renderers switch on it instead of matching strings. Which way a verb points
 * (see {@link Party}) is settled once, when the event is recorded.
 */
public enum Verb {
    /** A message handed to the wire: a datagram to the socket, a request or reply to HTTP. */
    SEND,
    /** A message taken from the wire and accepted. */
    RECV,
    /** A reliable datagram sent again because its ack did not come. */
    RESEND,
    /** The peer acknowledged a reliable datagram. */
    ACK,
    /** A datagram refused on arrival; the subject says why. */
    DROP,
    /** A circuit opened (UseCircuitCode validated). */
    OPEN,
    /** A circuit and its agent's resources freed. */
    CLOSE,
    /** A circuit fell silent for longer than its limit. */
    TIMEOUT,
    /** A circuit provisioned at login that nobody opened in time. */
    EXPIRE,
    /** Credentials matched. */
    AUTH_SUCCESS,
    /** Credentials refused or missing. */
    AUTH_FAILURE,
    /** A circuit reserved on a region for a login. */
    CIRCUIT_PROVISION,
    /** An older session pushed out by a newer login of the same agent. */
    KICK,
    /** The client began a login. */
    START,
    /** The login reply was a success: the client is on its way to the region. */
    PROGRESS,
    /** The login failed, as the client saw it. */
    FAILED,
    /** The client is placed in the region (handshake done, AgentMovementComplete read). */
    CONNECTED,
    /** The circuit ended, as the client saw it. */
    DISCONNECTED,
    /** The settings a side ran with, recorded once before anything else. */
    SETTINGS,
    /** A scripted behaviour step; the subject names the scenario (WALLFLOWER, …). */
    NOTE,
    /** A scenario's verdict on the server; the subject is MET or UNMET. */
    EXPECT,
    /** The run was stopped by Ctrl-C or a signal before its end: its agents log out and what was seen is written. */
    INTERRUPTED;

    /** As written in a narrative: {@code AUTH_SUCCESS} reads "AUTH SUCCESS". */
    public String label() {
        return name().replace('_', ' ');
    }

    /** Whether the verb carries something from the recording party to its peer. */
    public boolean outbound() {
        return this == SEND || this == RESEND;
    }

    /** Whether the verb is about something the peer sent. */
    public boolean inbound() {
        return this == RECV || this == DROP || this == ACK;
    }
}
