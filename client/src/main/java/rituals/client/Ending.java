package rituals.client;

/**
 * How a suitor's ritual ended, as the client saw it.
 *
 * @param detail    the server's words where it gave any (KickUser's reason, the login failure's message) or ours
 * @param atMillis  when, in milliseconds from the login request
 */
public record Ending(Reason reason, String detail, long atMillis) {

    /** The ways a ritual ends. {@link #probeName()} is the DISCONNECTED Reason fact docs/EVENTS.md names. */
    public enum Reason {
        /** LogoutReply arrived: a graceful goodbye. */
        LOGGED_OUT("LogoutReply"),
        /** We asked to log out and no LogoutReply came within the logout timeout. */
        LOGOUT_TIMEOUT("logout-timeout"),
        /** The sim closed the circuit (OpenSim does so after its ack timeout). */
        DISABLE_SIMULATOR("DisableSimulator"),
        /** The sim threw us out, with a reason. */
        KICK_USER("KickUser"),
        /** Nothing arrived from the sim for the simulator timeout. */
        SILENCE("silence"),
        /** The login was refused or failed; no circuit was opened. */
        LOGIN_FAILED("login-failed"),
        /** The client walked away without a word (a scenario's choice, or shutdown). */
        LEFT("left");

        private final String probeName;

        Reason(String probeName) {
            this.probeName = probeName;
        }

        public String probeName() {
            return probeName;
        }
    }
}
