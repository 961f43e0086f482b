package rituals.client.crowd;

/**
 * The crowd at one moment, for the live progress line.
 *
 * @param launched         agents whose login has started
 * @param connected        agents whose UseCircuitCode was acked
 * @param inWorld          agents that have received AgentMovementComplete and have not ended since
 * @param failed           agents whose scenario went wrong so far (login refused, never arrived, dropped, ...)
 * @param dropped          of those, agents the server (or silence) ended while they were meant to stay
 * @param sentPerSecond    datagrams per second to the server, over the last sample
 * @param receivedPerSecond datagrams per second from the server, over the last sample
 */
public record CrowdProgress(long elapsedMillis, int launched, int connected, int inWorld, int failed, int dropped,
        long sentPerSecond, long receivedPerSecond) {

    /** One line: {@code [ 12.0 s] launched 2000, connected 1990, in world 1985, failed 0, dropped 0, pps 9000/8000}. */
    public String line() {
        return String.format("[%6.1f s] launched %d, connected %d, in world %d, failed %d, dropped %d, "
                + "packets/s out %d in %d", elapsedMillis / 1000.0, launched, connected, inWorld, failed, dropped,
                sentPerSecond, receivedPerSecond);
    }
}
