package rituals.server.account;

import java.util.UUID;

/**
 * One avatar account: the agent id every circuit of this avatar carries, and its two-part name.
 *
 * @param createdEpochSeconds when the account was created (from the injected clock)
 */
public record Account(UUID agentId, String firstName, String lastName, long createdEpochSeconds) {
    /** "First Last", as OpenSim logs and greets an avatar. */
    public String name() {
        return firstName + " " + lastName;
    }
}
