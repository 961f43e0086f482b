package rituals.server.login;

import java.util.UUID;
import rituals.server.account.Account;

/**
 * What login needs from the region: reserve a circuit for an authenticated account, and deal with an agent that is
 * already there. The region implements it (tests use a stand-in without UDP).
 *
 * <p>Duplicate logins: this venue kicks the older session (as OpenSim does with KickUser) and lets the new login
 * proceed; {@link LoginService} calls {@link #kick} before {@link #provision}.
 *
 * <p>Implementations must be thread-safe: logins arrive on HTTP threads.
 */
public interface CircuitProvisioner {
    /** Reserves a circuit (and its ids) for the account; the circuit waits for UseCircuitCode. */
    Provision provision(Account account, StartLocation start, String remoteIp);

    /** Whether the agent has a circuit here, pending or open. */
    boolean isInRegion(UUID agentId);

    /** Ends the agent's session (KickUser with this reason, then close), or drops its pending circuit. */
    void kick(UUID agentId, String reason);

    /** The UDP port clients are told ({@code sim_port}): the port the region is bound to. */
    int udpPort();
}
