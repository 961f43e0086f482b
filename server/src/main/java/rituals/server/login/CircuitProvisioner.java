package rituals.server.login;

import java.util.UUID;
import rituals.server.account.Account;

/**
 * What login needs from the venue's regions: choose the destination of a start location, reserve a circuit there
 * for an authenticated account, and deal with an agent that is already in some region. The regions implement it
 * (tests use a stand-in without UDP).
 *
 * <p>Duplicate logins: this venue kicks the older session (as OpenSim does with KickUser) and lets the new login
 * proceed; {@link LoginService} calls {@link #kick} before {@link #provision}.
 *
 * <p>Implementations must be thread-safe: logins arrive on HTTP threads.
 */
public interface CircuitProvisioner {
    /**
     * Reserves a circuit (and its ids) for the account in the region {@code start} names, or the default region when
     * it names none here; the circuit waits for UseCircuitCode. The provision carries the whole destination.
     */
    Provision provision(Account account, StartLocation start, String remoteIp);

    /** Whether the agent has a circuit in any region, pending or open. */
    boolean isInRegion(UUID agentId);

    /** Ends the agent's session (KickUser with this reason, then close), or drops its pending circuit. */
    void kick(UUID agentId, String reason);
}
