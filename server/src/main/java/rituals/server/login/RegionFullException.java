package rituals.server.login;

/** The destination region already holds its MaxAgents: the login is refused, saying so. */
public final class RegionFullException extends RuntimeException {
    public RegionFullException(String region, int maxAgents) {
        super("The region " + region + " is full (" + maxAgents + " agents); please try again later.");
    }
}
