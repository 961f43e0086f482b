package rituals.server.login;

import rituals.server.account.Account;

/**
 * The login service's decision, before it is written as XML-RPC or LLSD. A {@link Failure} is still an HTTP 200
 * (clients read {@code reason} and {@code message}).
 */
public sealed interface LoginOutcome {
    /**
     * Everything a success reply says (protocol-facts §1.3) that the service decides; constant fields (inventory
     * stubs, classified categories, …) are the writer's.
     *
     * @param simIp          IP literal of the region's UDP endpoint
     * @param seedCapability full URL of the seed capability
     * @param message        the welcome message, {@code <USERNAME>} substituted
     * @param startLocation  "last", "home" or "url"
     */
    record Success(
            Account account,
            Provision provision,
            String regionName,
            String simIp,
            int simPort,
            int httpPort,
            long regionXMetres,
            long regionYMetres,
            int regionSizeX,
            int regionSizeY,
            String seedCapability,
            String message,
            long secondsSinceEpoch,
            String startLocation)
            implements LoginOutcome {}

    /** A refusal: {@code reason} is OpenSim's key ("key", "presence", "Internal Error"), {@code message} its text. */
    record Failure(String reason, String message) implements LoginOutcome {
        /** Unknown user or wrong password: one message for both, as OpenSim. */
        public static final Failure BAD_CREDENTIALS = new Failure("key", "Could not authenticate your avatar. "
                + "Please check your username and password, and check the grid if problems persist.");
        public static final Failure INCOMPLETE = new Failure("key",
                "Incomplete login credentials. Check your username and password.");
        public static final Failure NO_REGION = new Failure("key",
                "Error connecting to the desired location. Try connecting to another region.");
        public static final Failure INTERNAL = new Failure("Internal Error", "Error generating Login Response");
    }
}
